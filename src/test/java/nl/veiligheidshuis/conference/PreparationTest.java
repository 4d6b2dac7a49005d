package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A partner's preparation: what it shares, on which legal basis, its involvement, who attends with which mandate. */
class PreparationTest {

    @Test
    void aCompletePreparationIsTrimmedAndNamesItsLegalBasis() {
        Preparation preparation = Preparation.of(" Bekend sinds 2024 ", "YOUTH_ACT", "ignored", "Ambulante hulp", "A. de Vries", "Teamleider", true);

        assertThat(preparation.information()).isEqualTo("Bekend sinds 2024");
        assertThat(preparation.legalBasis()).isEqualTo(LegalBasis.YOUTH_ACT);
        assertThat(preparation.legalBasisOther()).isNull();
        assertThat(preparation.legalBasisText()).isEqualTo("Jeugdwet");
        assertThat(preparation.attendeeHasMandate()).isTrue();
    }

    @Test
    void anotherLegalBasisMustBeNamedAndIsSpelledOut() {
        Preparation preparation = Preparation.of("info", "OTHER", "Wet verplichte ggz", "betrokken", "naam", "functie", null);

        assertThat(preparation.legalBasisText()).isEqualTo("Anders: Wet verplichte ggz");
        assertThat(preparation.attendeeHasMandate()).isFalse();
        assertThatThrownBy(() -> Preparation.of("info", "OTHER", " ", "betrokken", "naam", "functie", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldError("preparationLegalBasisOther", "Noem de grondslag waarop u de informatie deelt")));
    }

    @Test
    void anEmptyFormGetsOneMessagePerRequiredField() {
        assertThatThrownBy(() -> Preparation.of(null, null, null, "", " ", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).extracting(FieldError::field)
                        .containsExactly("preparationInformation", "preparationLegalBasis", "preparationCurrentInvolvement", "attendeeName",
                                "attendeeFunction"));
    }

    @Test
    void anUnknownLegalBasisOrTooLongATextIsRefused() {
        assertThatThrownBy(() -> Preparation.of("x".repeat(4001), "NONE", null, "betrokken", "naam", "functie", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldError("preparationInformation", "De tekst is te lang (ten hoogste 4000 tekens)"),
                        new FieldError("preparationLegalBasis", "Kies de grondslag waarop u de informatie deelt")));
    }
}
