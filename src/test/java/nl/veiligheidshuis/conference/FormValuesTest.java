package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Checklists and groups as Tasklist (Json), engine REST (JSON text) and tests (Java) submit them. */
class FormValuesTest {

    @Test
    void aChecklistArrivesAsJsonTextOrAsAJavaList() {
        assertThat(FormValues.strings("f", "[\"ggz\", \"uwv\"]")).containsExactly("ggz", "uwv");
        assertThat(FormValues.strings("f", List.of("ggz"))).containsExactly("ggz");
        assertThat(FormValues.strings("f", null)).isEmpty();
        assertThat(FormValues.strings("f", " ")).isEmpty();
    }

    @Test
    void aGroupWithAPathArrivesAsJsonTextOrAsAJavaMap() {
        assertThat(FormValues.texts("f", "{\"leerplicht\": \"reden\", \"leeg\": null}")).containsExactly(Map.entry("leerplicht", "reden"));
        assertThat(FormValues.texts("f", Map.of("uwv", "reden"))).containsExactly(Map.entry("uwv", "reden"));
        assertThat(FormValues.texts("f", null)).isEmpty();
    }

    @Test
    void somethingElseIsAnInputErrorOnItsField() {
        assertThatThrownBy(() -> FormValues.strings("addedPartners", "ggz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("addedPartners: Verkeerd formaat: verwacht een lijst");
        assertThatThrownBy(() -> FormValues.texts("changeReasons", "[1]")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("changeReasons: Verkeerd formaat");
    }

    @Test
    void aCheckboxIsTickedByTrueOnly() {
        assertThat(FormValues.ticked(true)).isTrue();
        assertThat(FormValues.ticked("true")).isTrue();
        assertThat(FormValues.ticked(false)).isFalse();
        assertThat(FormValues.ticked(null)).isFalse();
        assertThat(FormValues.ticked("ja")).isFalse();
    }
}
