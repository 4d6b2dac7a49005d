package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import org.junit.jupiter.api.Test;

/** The flat variables of the draft form, read exactly as the form showed them (conditional slots). */
class PlanFormTest {

    static Map<String, Object> slot(Map<String, Object> form, int slot, String partner) {
        form.put(agreementPartner(slot), partner);
        form.put(agreementDescription(slot), "Afspraak " + slot);
        form.put(agreementForWhom(slot), "Sem");
        form.put(agreementLifeDomain(slot), "HOUSING");
        form.put(agreementKind(slot), "CARE");
        form.put(agreementDueDate(slot), "1-05-2026");
        return form;
    }

    @Test
    void readsTheFilledSlotsInOrderWithTheirDates() {
        Map<String, Object> form = new HashMap<>();
        slot(form, 1, "politie");
        slot(form, 2, "ggz");
        List<FieldError> errors = new ArrayList<>();

        List<AgreementInput> agreements = PlanForm.parse(form, errors).agreements();

        assertThat(errors).isEmpty();
        assertThat(agreements).extracting(AgreementInput::partner).containsExactly("politie", "ggz");
        assertThat(agreements.get(1)).isEqualTo(new AgreementInput(2, "ggz", "Afspraak 2", "Sem", "HOUSING", "CARE", LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aSlotAfterAnEmptySlotWasHiddenAndIsIgnored() {
        Map<String, Object> form = new HashMap<>();
        slot(form, 1, "politie");
        slot(form, 3, "ggz"); // slot 2 has no partner: the form never showed slot 3

        assertThat(PlanForm.parse(form, new ArrayList<>()).agreements()).extracting(AgreementInput::slot).containsExactly(1);
    }

    @Test
    void prefilledSlotsStayShownSoAnAgreementCanBeDroppedFromTheMiddle() {
        Map<String, Object> form = new HashMap<>();
        slot(form, 1, "politie");
        slot(form, 2, null); // the director emptied the partner of slot 2 of a prefilled plan of three
        slot(form, 3, "gemeente");
        form.put(PLAN_PREFILLED_SLOTS, 3);

        List<AgreementInput> agreements = PlanForm.parse(form, new ArrayList<>()).agreements();

        assertThat(agreements).extracting(AgreementInput::slot).containsExactly(1, 3);
    }

    @Test
    void aBlankPartnerMeansNoAgreementWhateverStaleDetailsItsSlotStillHas() {
        Map<String, Object> form = new HashMap<>();
        slot(form, 1, "politie");
        slot(form, 2, " ");

        assertThat(PlanForm.parse(form, new ArrayList<>()).agreements()).hasSize(1);
    }

    @Test
    void datesAreReadAsTypedInDutchOrAsIsoFromTheApi() {
        Map<String, Object> form = slot(new HashMap<>(), 1, "politie");
        slot(form, 2, "ggz").put(agreementDueDate(2), "2026-05-01");

        assertThat(PlanForm.parse(form, new ArrayList<>()).agreements()).extracting(AgreementInput::dueDate)
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
    }

    @Test
    void aDateThatIsNoDateIsReportedNotGuessed() {
        Map<String, Object> form = slot(new HashMap<>(), 1, "politie");
        form.put(agreementDueDate(1), "31-02-2026");
        List<FieldError> errors = new ArrayList<>();

        AgreementInput agreement = PlanForm.parse(form, errors).agreements().get(0);

        assertThat(agreement.dueDate()).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly(agreementDueDate(1));
    }

    @Test
    void goalsAreReadForTheCheckedLifeDomainsOnlyFromAJsonChecklist() {
        Map<String, Object> form = new HashMap<>();
        form.put(PLAN_GOAL, "  Rust in het gezin ");
        form.put(PLAN_GOAL_DOMAINS, "[\"HOUSING\",\"DRUG_USE\"]");
        form.put(goalOf("HOUSING"), "Een eigen woning");
        form.put(goalOf("DRUG_USE"), "Stoppen met blowen");
        form.put(goalOf("ATTITUDE"), "stale prefill of an unchecked domain");

        PlanSubmission plan = PlanForm.parse(form, new ArrayList<>());

        assertThat(plan.goal()).isEqualTo("Rust in het gezin");
        assertThat(plan.domainGoals()).containsExactly(new PlanSubmission.DomainGoal("HOUSING", "Een eigen woning"),
                new PlanSubmission.DomainGoal("DRUG_USE", "Stoppen met blowen"));
    }

    @Test
    void aFamilyMemberIsReadOnlyWhenTheBoxIsTicked() {
        Map<String, Object> form = new HashMap<>();
        form.put(RISK_MEMBER_GIVEN_NAME, "Noor");
        assertThat(PlanForm.parse(form, new ArrayList<>()).familyMember()).isNull();

        form.put(RISK_MEMBER_PRESENT, true);
        form.put(RISK_MEMBER_CHAINS_NEEDED, "2");
        form.put(RISK_MEMBER_LIFE_DOMAINS, List.of("HOUSING"));
        FamilyMemberInput member = PlanForm.parse(form, new ArrayList<>()).familyMember();
        assertThat(member.givenName()).isEqualTo("Noor");
        assertThat(member.chainsNeeded()).isEqualTo(2);
        assertThat(member.lifeDomains()).containsExactly("HOUSING");
    }

    @Test
    void variableNamesFollowTheLifeDomainCodes() {
        assertThat(goalOf("THINKING_BEHAVIOUR_SKILLS")).isEqualTo("planGoalThinkingBehaviourSkills");
        assertThat(FORM_VARIABLES).contains("agreement8DueDate", "planGoalAttitude", RISK_MEMBER_NOT_INFORMED_REASON).hasSize(2 + 12 + 48 + 15);
        assertThat(PERSONAL_VARIABLES).containsAll(FORM_VARIABLES).contains(PARTNER_AGREEMENTS, PLAN_REJECTIONS, AGREEMENTS_REJECTION_REASON)
                .doesNotContain(PLAN_PARTNERS, PLAN_VERSION, AGREEMENTS_DECISION);
    }
}
