package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Process direction's changes to the proposal: each with a reason, never without the municipality. */
class ParticipantChoiceTest {

    static final List<String> PROPOSED = List.of("gemeente", "politie", "rvdk", "jeugdzorg", "leerplicht");
    static final Function<String, String> NAMES = Map.of("gemeente", "Gemeente", "politie", "Politie", "leerplicht", "Leerplicht",
            "woningcorporatie", "Woningcorporatie", "maatschappelijk-werk", "Maatschappelijk werk")::get;

    @Test
    void withoutChangesTheProposalStands() {
        ParticipantChoice.Result result = ParticipantChoice.decide(PROPOSED, List.of(), List.of(), Map.of(), NAMES);

        assertThat(result.participants()).containsExactlyElementsOf(PROPOSED);
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void addedAndDroppedPartnersAreAppliedInThePartnerOrderWithTheirReasons() {
        ParticipantChoice.Result result = ParticipantChoice.decide(PROPOSED, List.of("maatschappelijk-werk", "woningcorporatie"),
                List.of("leerplicht"), Map.of("maatschappelijkWerk", "Schulden", "woningcorporatie", " Huurachterstand ",
                        "leerplicht", "Niet meer leerplichtig"), NAMES);

        assertThat(result.participants()).containsExactly("gemeente", "politie", "rvdk", "jeugdzorg", "woningcorporatie",
                "maatschappelijk-werk");
        assertThat(result.changes()).containsExactly(
                new ParticipantChoice.Change("maatschappelijk-werk", true, "Schulden"),
                new ParticipantChoice.Change("woningcorporatie", true, "Huurachterstand"),
                new ParticipantChoice.Change("leerplicht", false, "Niet meer leerplichtig"));
    }

    @Test
    void aReasonKeyedByTheGroupIdAlsoCounts() {
        assertThat(ParticipantChoice.decide(PROPOSED, List.of("maatschappelijk-werk"), List.of(),
                Map.of("maatschappelijk-werk", "Schulden"), NAMES).participants()).contains("maatschappelijk-werk");
    }

    @Test
    void everyChangeWithoutAReasonGetsItsOwnMessage() {
        assertThatThrownBy(() -> ParticipantChoice.decide(PROPOSED, List.of("woningcorporatie"), List.of("leerplicht"),
                Map.of("leerplicht", "  "), NAMES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldError("changeReasons.woningcorporatie", "Geef de reden waarom u Woningcorporatie toevoegt"),
                        new FieldError("changeReasons.leerplicht", "Geef de reden waarom u Leerplicht laat vervallen")));
    }

    @Test
    void theMunicipalityCannotBeDroppedEvenWithAReason() {
        assertThatThrownBy(() -> ParticipantChoice.decide(PROPOSED, List.of(), List.of("gemeente"), Map.of("gemeente", "Geen rol"), NAMES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("droppedPartners");
                            assertThat(error.message()).startsWith("De gemeente neemt altijd deel");
                        }));
    }

    @Test
    void unknownPartnersAndPartnersNotInTheProposalAreRefused() {
        assertThatThrownBy(() -> ParticipantChoice.decide(PROPOSED, List.of("bakker", "politie"), List.of("woningcorporatie", "slager"),
                Map.of("woningcorporatie", "x", "politie", "x"), NAMES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).extracting(FieldError::message)
                        .containsExactly("Onbekende partner 'bakker'", "Politie staat al in het voorstel",
                                "Woningcorporatie staat niet in het voorstel", "'slager' staat niet in het voorstel"));
    }

    @Test
    void aReasonLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> ParticipantChoice.decide(PROPOSED, List.of(), List.of("leerplicht"), Map.of("leerplicht", "x".repeat(1001)),
                NAMES)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ten hoogste 1000 tekens");
    }
}
