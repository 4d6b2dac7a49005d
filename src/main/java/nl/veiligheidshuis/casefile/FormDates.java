package nl.veiligheidshuis.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as professionals type them in a form: Dutch {@code dd-mm-jjjj} (the forms use text fields, because the
 * date picker of the 7.24 Tasklist only understands American month/day/year and silently stores a typed Dutch
 * date wrongly), or ISO {@code yyyy-mm-dd} (API clients and date pickers).
 */
public final class FormDates {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The pattern a form field uses for a Dutch date. */
    public static final String FORM_PATTERN = "^(0?[1-9]|[12][0-9]|3[01])-(0?[1-9]|1[0-2])-(19|20)[0-9]{2}$";

    private FormDates() {
    }

    /** @throws DateTimeParseException when the text is no valid date in either form */
    public static LocalDate parse(String text) {
        String value = text.trim();
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return LocalDate.parse(value.substring(0, 10));
        }
        return LocalDate.parse(value, DUTCH);
    }
}
