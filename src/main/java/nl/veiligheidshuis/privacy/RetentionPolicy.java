package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a closed case is destroyed (design.md: closed cases are destroyed after their retention term; an extension
 * is an explicit, logged decision): when its region's term in years has passed since closure, counted in Dutch
 * time, and no extension keeps it any longer. An extension keeps the case up to and including its date.
 */
final class RetentionPolicy {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private RetentionPolicy() {
    }

    /** The moment the term has passed: closure plus the term in years (the same date and time, years later). */
    static Instant termEnds(Instant closedAt, int years) {
        return closedAt.atZone(NETHERLANDS).plusYears(years).toInstant();
    }

    /** The day the case is destroyed without an extension. */
    static LocalDate regularDestructionDate(Instant closedAt, int years) {
        return termEnds(closedAt, years).atZone(NETHERLANDS).toLocalDate();
    }

    static boolean isDue(Instant closedAt, int years, LocalDate extendedUntil, Instant now) {
        if (closedAt == null) {
            return false;
        }
        if (termEnds(closedAt, years).isAfter(now)) {
            return false;
        }
        return extendedUntil == null || now.atZone(NETHERLANDS).toLocalDate().isAfter(extendedUntil);
    }
}
