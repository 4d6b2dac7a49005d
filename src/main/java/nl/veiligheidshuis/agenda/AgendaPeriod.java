package nl.veiligheidshuis.agenda;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;

/** The period an agenda covers: one year ({@code 2027}) or a range of at most four years ({@code 2027-2030}). */
public record AgendaPeriod(int from, int to) {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_YEARS = 4;
    static final String FIELD = "period";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    /** Parses the text; an InvalidInputException (field {@code period}) for anything else. */
    public static AgendaPeriod parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw invalid("Geef de periode als jaar (2027) of als reeks jaren (2027-2030)");
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        if (from < MIN_YEAR || to > MAX_YEAR) {
            throw invalid("De periode ligt tussen " + MIN_YEAR + " en " + MAX_YEAR);
        }
        if (to <= from && matcher.group(2) != null) {
            throw invalid("Het eindjaar van de periode ligt na het beginjaar");
        }
        if (to - from + 1 > MAX_YEARS) {
            throw invalid("Een periode beslaat ten hoogste " + MAX_YEARS + " jaar");
        }
        return new AgendaPeriod(from, to);
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(List.of(new FieldError(FIELD, message)));
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
