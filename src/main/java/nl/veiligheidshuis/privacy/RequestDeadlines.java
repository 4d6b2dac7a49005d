package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The deadline of a data-subject request: one month after receipt (AVG art. 12(3)), at the end of that working day
 * in Dutch time, and the reminder a week before it, at the start of that day.
 */
final class RequestDeadlines {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    static final LocalTime START_OF_DAY = LocalTime.of(9, 0);
    static final int REMINDER_DAYS_BEFORE = 7;

    private RequestDeadlines() {
    }

    static Instant dueAt(LocalDate receivedOn) {
        return receivedOn.plusMonths(1).atTime(END_OF_DAY).atZone(NETHERLANDS).toInstant();
    }

    static Instant reminderAt(Instant dueAt) {
        return dueAt.atZone(NETHERLANDS).toLocalDate().minusDays(REMINDER_DAYS_BEFORE).atTime(START_OF_DAY).atZone(NETHERLANDS).toInstant();
    }
}
