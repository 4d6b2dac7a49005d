package nl.veiligheidshuis.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/** An ISO week ({@code 2026-W49}) of the conference planning, Monday to Sunday in Dutch time. */
public record PlanningWeek(int year, int week) {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public PlanningWeek {
        if (year < MIN_YEAR || year > MAX_YEAR || week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("No ISO week " + year + "-W" + week);
        }
    }

    /**
     * @param text {@code 2026-W49}
     * @throws InvalidInputException (field {@code week}) when it is missing, malformed or no week of that year
     */
    public static PlanningWeek parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("Geef de week als jjjj-Www, bijvoorbeeld 2026-W49");
        }
        Matcher matcher = ISO_WEEK.matcher(text.trim());
        if (!matcher.matches()) {
            throw invalid("Geef de week als jjjj-Www, bijvoorbeeld 2026-W49");
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid("Het jaar moet tussen " + MIN_YEAR + " en " + MAX_YEAR + " liggen");
        }
        if (week < 1 || week > weeksIn(year)) {
            throw invalid(year + " heeft de weken W01 tot en met W" + weeksIn(year));
        }
        return new PlanningWeek(year, week);
    }

    /** The week that holds this moment, in Dutch time. */
    public static PlanningWeek of(Instant moment) {
        LocalDate day = moment.atZone(NETHERLANDS).toLocalDate();
        return new PlanningWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday 00:00 of the next week in Dutch time: the week runs up to (not including) this moment. */
    public Instant end() {
        return monday().plusWeeks(1).atStartOfDay(NETHERLANDS).toInstant();
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(List.of(new FieldError("week", message)));
    }
}
