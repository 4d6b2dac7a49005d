package nl.veiligheidshuis.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormDatesTest {

    @ParameterizedTest
    @CsvSource({"23-11-2008, 2008-11-23", "1-4-2009, 2009-04-01", "01-04-2009, 2009-04-01", "2009-04-01, 2009-04-01",
            "2026-11-27T14:30+00:00, 2026-11-27", "' 29-02-2024 ', 2024-02-29"})
    void dutchAndIsoDatesAreRead(String typed, LocalDate expected) {
        assertThat(FormDates.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2009", "11/23/2008", "23-13-2008", "29-02-2023", "gisteren", "2009-4-1"})
    void whatIsNoDateIsRefusedRatherThanGuessed(String typed) {
        assertThatThrownBy(() -> FormDates.parse(typed)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23-11-2008", "1-4-2009", "31-12-1999"})
    void theFormPatternAcceptsWhatTheParserReads(String typed) {
        assertThat(typed).matches(FormDates.FORM_PATTERN);
    }
}
