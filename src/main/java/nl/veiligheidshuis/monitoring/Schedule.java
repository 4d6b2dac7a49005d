package nl.veiligheidshuis.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The moments of an agreement and of the evaluation cycle, in Dutch time. An agreement is due at the end of the
 * working day of its due date; the reminder comes three days before, in the morning (never before the tracking
 * starts); the grace period after the due date lasts a week, then an unreported agreement escalates. Public for the
 * process tests' stand-ins, which set the same moments as the application.
 */
public final class Schedule {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
    static final LocalTime START_OF_WORKING_DAY = LocalTime.of(9, 0);
    static final Period REMINDER_BEFORE = Period.ofDays(3);
    /** The grace period: an agreement still unreported a week after its due date escalates. */
    public static final Period GRACE = Period.ofDays(7);

    private Schedule() {
    }

    public static Instant dueAt(LocalDate dueDate) {
        return dueDate.atTime(END_OF_WORKING_DAY).atZone(NETHERLANDS).toInstant();
    }

    public static Instant reminderAt(LocalDate dueDate, Instant now) {
        Instant reminder = dueDate.minus(REMINDER_BEFORE).atTime(START_OF_WORKING_DAY).atZone(NETHERLANDS).toInstant();
        return reminder.isBefore(now) ? now : reminder;
    }

    public static Instant escalationAt(LocalDate dueDate) {
        return dueDate.plus(GRACE).atTime(END_OF_WORKING_DAY).atZone(NETHERLANDS).toInstant();
    }

    /**
     * An ISO-8601 duration of monitoring-frequency after a moment: time-based (PT8H, P14D) or with months and years
     * (P1M, P3M), which {@link Duration} cannot parse and the engine's timers can.
     */
    public static Instant after(Instant from, String isoDuration) {
        if (isoDuration == null || isoDuration.isBlank()) {
            throw new IllegalStateException("monitoring-frequency gave no interval");
        }
        try {
            return from.plus(Duration.parse(isoDuration));
        } catch (DateTimeParseException notTimeBased) {
            try {
                return from.atZone(NETHERLANDS).plus(Period.parse(isoDuration)).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("monitoring-frequency gave an invalid interval: " + isoDuration, e);
            }
        }
    }
}
