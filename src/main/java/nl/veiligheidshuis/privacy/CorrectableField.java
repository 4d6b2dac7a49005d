package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import nl.veiligheidshuis.intake.Bsn;

/** What a correction request may change in a person's row, with the rules a new value must meet. */
enum CorrectableField {

    GIVEN_NAME("givenName", "given_name", "voornaam", true),
    FAMILY_NAME("familyName", "family_name", "achternaam", true),
    DATE_OF_BIRTH("dateOfBirth", "date_of_birth", "geboortedatum", true),
    MUNICIPALITY("municipality", "municipality", "gemeente", false),
    BSN("bsn", "bsn", "BSN", true);

    static final int TEXT_MAX = 200;

    private final String key;
    private final String column;
    private final String label;
    private final boolean required;

    CorrectableField(String key, String column, String label, boolean required) {
        this.key = key;
        this.column = column;
        this.label = label;
        this.required = required;
    }

    static Optional<CorrectableField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    String key() {
        return key;
    }

    String column() {
        return column;
    }

    String label() {
        return label;
    }

    /** The value to store (a String, a LocalDate or null), or the error for the form's value field. */
    Object parse(String value, LocalDate today, String errorField) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            if (required) {
                throw error(errorField, "Geef de nieuwe " + label);
            }
            return null;
        }
        return switch (this) {
            case DATE_OF_BIRTH -> {
                try {
                    LocalDate date = LocalDate.parse(trimmed);
                    if (!date.isBefore(today)) {
                        throw error(errorField, "De geboortedatum ligt in het verleden");
                    }
                    yield date;
                } catch (DateTimeParseException e) {
                    throw error(errorField, "Geef de geboortedatum als jjjj-mm-dd");
                }
            }
            case BSN -> {
                if (!Bsn.isValid(trimmed)) {
                    throw error(errorField, "Dit BSN is geen geldig burgerservicenummer (elfproef)");
                }
                yield trimmed;
            }
            default -> {
                if (trimmed.length() > TEXT_MAX) {
                    throw error(errorField, "Maximaal " + TEXT_MAX + " tekens");
                }
                yield trimmed;
            }
        };
    }

    private static InvalidInputException error(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}
