package nl.veiligheidshuis.conference;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.FormDates;
import nl.veiligheidshuis.casefile.InvalidInputException;

/**
 * When and where the conference takes place, and the deadlines that follow from it: each partner prepares until
 * one working day before the conference, is reminded two days before that, and process direction records the
 * conference within a day after it. Dates and times are local to the Netherlands.
 */
public record ConferenceSchedule(Instant conferenceAt, ConferenceMode mode, String location, Instant preparationDue,
        Instant reminderAt, Instant recordDue) {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final Duration REMINDER_BEFORE_DUE = Duration.ofDays(2);
    static final Duration RECORD_AFTER_CONFERENCE = Duration.ofDays(1);
    /** A conference further ahead than this is almost certainly a typing error in the year. */
    static final int MAX_MONTHS_AHEAD = 6;
    static final int MAX_LOCATION = 400;

    private static final Pattern TIME = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    /**
     * Checks the planning form and derives the deadlines.
     *
     * @param date as professionals type it ({@code "12-03-2026"}, see {@link FormDates}) or ISO ({@code "2026-03-12"})
     * @param time as the form's time field submits it ({@code "10:00"})
     * @throws InvalidInputException one message per wrong field
     */
    public static ConferenceSchedule plan(String date, String time, String mode, String location, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = parseDate(date, errors);
        LocalTime at = parseTime(time, errors);
        ConferenceMode conferenceMode = parseMode(mode, errors);
        String place = location == null || location.isBlank() ? null : location.trim();
        if (conferenceMode == ConferenceMode.IN_PERSON && place == null) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_LOCATION, "Geef de locatie van het casusoverleg"));
        }
        if (place != null && place.length() > MAX_LOCATION) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_LOCATION, "De locatie is te lang (ten hoogste " + MAX_LOCATION + " tekens)"));
        }
        Instant conferenceAt = null;
        if (day != null && at != null) {
            ZonedDateTime moment = day.atTime(at).atZone(NETHERLANDS);
            conferenceAt = moment.toInstant();
            if (!conferenceAt.isAfter(now)) {
                errors.add(new FieldError(ConferenceProcess.CONFERENCE_DATE, "Het casusoverleg moet in de toekomst liggen"));
            } else if (moment.isAfter(now.atZone(NETHERLANDS).plusMonths(MAX_MONTHS_AHEAD))) {
                errors.add(new FieldError(ConferenceProcess.CONFERENCE_DATE,
                        "Plan het casusoverleg binnen " + MAX_MONTHS_AHEAD + " maanden (controleer het jaar)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant preparationDue = preparationDue(conferenceAt, now);
        Instant reminderAt = preparationDue.minus(REMINDER_BEFORE_DUE);
        if (!reminderAt.isAfter(now)) {
            reminderAt = halfway(now, preparationDue);
        }
        return new ConferenceSchedule(conferenceAt, conferenceMode, place, preparationDue, reminderAt,
                conferenceAt.plus(RECORD_AFTER_CONFERENCE));
    }

    /**
     * One working day before the conference, at the same time (a Monday conference is prepared by Friday). When that
     * has passed already (a conference planned at short notice), halfway between now and the conference.
     */
    static Instant preparationDue(Instant conferenceAt, Instant now) {
        ZonedDateTime due = conferenceAt.atZone(NETHERLANDS).minusDays(1);
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.minusDays(1);
        }
        return due.toInstant().isAfter(now) ? due.toInstant() : halfway(now, conferenceAt);
    }

    private static Instant halfway(Instant from, Instant to) {
        return from.plus(Duration.between(from, to).dividedBy(2));
    }

    /** For people: "donderdag 12 maart 2026 om 10:00, op locatie". */
    public String moment() {
        return MOMENT.format(conferenceAt.atZone(NETHERLANDS)) + ", " + mode.label();
    }

    /** For people, in Dutch time: "woensdag 11 maart 2026 om 10:00". */
    public String preparationDueText() {
        return MOMENT.format(preparationDue.atZone(NETHERLANDS));
    }

    private static LocalDate parseDate(String date, List<FieldError> errors) {
        if (date == null || date.isBlank()) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_DATE, "Geef de datum van het casusoverleg"));
            return null;
        }
        try {
            return FormDates.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_DATE, "Typ de datum als dd-mm-jjjj, bijvoorbeeld 12-03-2026"));
            return null;
        }
    }

    private static LocalTime parseTime(String time, List<FieldError> errors) {
        if (time == null || time.isBlank()) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_TIME, "Geef het tijdstip van het casusoverleg"));
            return null;
        }
        var matcher = TIME.matcher(time.trim());
        try {
            if (!matcher.find()) {
                throw new DateTimeParseException("no time", time, 0);
            }
            String hoursAndMinutes = matcher.group();
            return LocalTime.parse(hoursAndMinutes.length() == 4 || hoursAndMinutes.length() == 7 ? "0" + hoursAndMinutes : hoursAndMinutes);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_TIME, "Geef het tijdstip als uu:mm, bijvoorbeeld 10:00"));
            return null;
        }
    }

    private static ConferenceMode parseMode(String mode, List<FieldError> errors) {
        try {
            return ConferenceMode.valueOf(mode);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(ConferenceProcess.CONFERENCE_MODE, "Kies of het overleg op locatie of online is"));
            return null;
        }
    }
}
