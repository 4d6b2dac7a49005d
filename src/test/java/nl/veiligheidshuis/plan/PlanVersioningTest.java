package nl.veiligheidshuis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.veiligheidshuis.plan.PlanVersioning.Outcome;
import nl.veiligheidshuis.plan.PlanVersioning.Planned;
import nl.veiligheidshuis.plan.PlanVersioning.Previous;
import nl.veiligheidshuis.plan.PlanVersioning.Submitted;
import org.junit.jupiter.api.Test;

/** Which agreement is which across versions, and which partners must confirm a new version (§5.5.2). */
class PlanVersioningTest {

    static final LocalDate DUE = LocalDate.of(2026, 4, 15);

    static AgreementContent content(String partner, String description) {
        return new AgreementContent(partner, description, "Sem", "EDUCATION_WORK", InterventionKind.CARE, DUE);
    }

    static Previous previous(String key, String partner, String description) {
        return new Previous(key, content(partner, description), AgreementStatus.OPEN);
    }

    static List<Submitted> submitted(AgreementContent... contents) {
        return java.util.stream.IntStream.range(0, contents.length).mapToObj(i -> new Submitted(i + 1, contents[i])).toList();
    }

    @Test
    void aFirstPlanGivesEveryAgreementANewKeyAndEveryPartnerConfirms() {
        Outcome outcome = PlanVersioning.plan(List.of(), Set.of(),
                submitted(content("politie", "Huisbezoek"), content("ggz", "Behandeling"), content("politie", "Toezicht")), 1);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A1", "A2", "A3");
        assertThat(outcome.agreements()).allMatch(a -> a.status() == AgreementStatus.OPEN && a.previousDueDate() == null);
        assertThat(outcome.partnersToConfirm()).containsExactly("politie", "ggz");
        assertThat(outcome.carriedPartners()).isEmpty();
        assertThat(outcome.droppedPartners()).isEmpty();
    }

    @Test
    void aPartnerWhoseAgreementsDidNotChangeKeepsItsConfirmation() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"), previous("A2", "ggz", "Behandeling"),
                previous("A3", "gemeente", "Schuldhulp"));

        Outcome outcome = PlanVersioning.plan(before, Set.of("politie", "ggz", "gemeente"),
                submitted(content("politie", "Huisbezoek"), content("ggz", "Behandeling twee keer per week"), content("gemeente", "Schuldhulp")),
                4);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A1", "A2", "A3");
        assertThat(outcome.partnersToConfirm()).containsExactly("ggz");
        assertThat(outcome.carriedPartners()).containsExactly("politie", "gemeente");
    }

    @Test
    void aPartnerThatRejectedConfirmsAgainEvenWhenItsAgreementsStayTheSame() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"), previous("A2", "ggz", "Behandeling"));

        Outcome outcome = PlanVersioning.plan(before, Set.of("ggz"), submitted(content("politie", "Huisbezoek"), content("ggz", "Behandeling")), 3);

        assertThat(outcome.partnersToConfirm()).containsExactly("politie");
        assertThat(outcome.carriedPartners()).containsExactly("ggz");
    }

    @Test
    void anAgreementThatMovedToAnotherSlotIsStillTheSameAgreement() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"), previous("A2", "ggz", "Behandeling"),
                previous("A3", "gemeente", "Schuldhulp"));

        // the director dropped the police agreement; the others moved up a slot
        Outcome outcome = PlanVersioning.plan(before, Set.of("politie", "ggz", "gemeente"),
                submitted(content("ggz", "Behandeling"), content("gemeente", "Schuldhulp")), 4);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A2", "A3");
        assertThat(outcome.partnersToConfirm()).isEmpty();
        assertThat(outcome.carriedPartners()).containsExactly("ggz", "gemeente");
        assertThat(outcome.droppedPartners()).containsExactly("politie");
    }

    @Test
    void anEditedAgreementInItsSlotKeepsItsKeyStatusAndFormerDueDate() {
        Previous done = new Previous("A7", content("leerplicht", "Gesprek met school"), AgreementStatus.DONE);

        Outcome outcome = PlanVersioning.plan(List.of(done), Set.of("leerplicht"),
                List.of(new Submitted(1, new AgreementContent("leerplicht", "Gesprek met school en ouders", "Sem", "EDUCATION_WORK",
                        InterventionKind.ADMINISTRATIVE, DUE.plusDays(7)))), 8);

        Planned edited = outcome.agreements().get(0);
        assertThat(edited.key()).isEqualTo("A7");
        assertThat(edited.status()).isEqualTo(AgreementStatus.DONE);
        assertThat(edited.previousDueDate()).isEqualTo(DUE);
        assertThat(outcome.partnersToConfirm()).containsExactly("leerplicht");
    }

    @Test
    void anotherPartnerInASlotIsANewAgreementAndBothPartnersAreTouched() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"), previous("A2", "ggz", "Behandeling"));

        Outcome outcome = PlanVersioning.plan(before, Set.of("politie", "ggz"),
                submitted(content("politie", "Huisbezoek"), content("maatschappelijk-werk", "Behandeling")), 3);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A1", "A3");
        assertThat(outcome.partnersToConfirm()).containsExactly("maatschappelijk-werk");
        assertThat(outcome.carriedPartners()).containsExactly("politie");
        assertThat(outcome.droppedPartners()).containsExactly("ggz");
    }

    @Test
    void aNewAgreementForAPartnerTouchesThatPartnerOnly() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"), previous("A2", "ggz", "Behandeling"));

        Outcome outcome = PlanVersioning.plan(before, Set.of("politie", "ggz"),
                submitted(content("politie", "Huisbezoek"), content("ggz", "Behandeling"), content("politie", "Toezicht op straat")), 3);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A1", "A2", "A3");
        assertThat(outcome.partnersToConfirm()).containsExactly("politie");
        assertThat(outcome.carriedPartners()).containsExactly("ggz");
    }

    @Test
    void twoEqualAgreementsAreMatchedOneToOne() {
        List<Previous> before = List.of(previous("A1", "politie", "Huisbezoek"));

        Outcome outcome = PlanVersioning.plan(before, Set.of("politie"),
                submitted(content("politie", "Huisbezoek"), content("politie", "Huisbezoek")), 2);

        assertThat(outcome.agreements()).extracting(Planned::key).containsExactly("A1", "A2");
        assertThat(outcome.partnersToConfirm()).containsExactly("politie");
    }

    @Test
    void keyNumbersAreReadBackAndNonsenseCountsAsZero() {
        assertThat(PlanVersioning.keyNumber("A12")).isEqualTo(12);
        assertThat(PlanVersioning.keyNumber("X")).isZero();
    }
}
