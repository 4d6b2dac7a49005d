package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import nl.veiligheidshuis.plan.PlanSubmission.DomainGoal;
import org.junit.jupiter.api.Test;

/** The rules of a plan version (§3.2): every wrong field gets its own Dutch message, all at once. */
class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Set<String> PARTNERS = Set.of("politie", "ggz", "gemeente", "jeugdzorg");

    static AgreementInput agreement(int slot, String partner) {
        return new AgreementInput(slot, partner, "Huisbezoek", "Sem", "HOUSING", "CARE", TODAY.plusWeeks(6));
    }

    static PlanSubmission plan(List<AgreementInput> agreements, FamilyMemberInput member) {
        return new PlanSubmission("Rust in het gezin", List.of(new DomainGoal("HOUSING", "Een eigen woning")), agreements, member);
    }

    static FamilyMemberInput member(String approach) {
        return new FamilyMemberInput("Noor", "de Vries", LocalDate.of(2013, 9, 12), "SIBLING", approach, "Spijbelt", List.of("EDUCATION_WORK"),
                true, 2, false, false, false, true, null);
    }

    static List<String> fields(PlanSubmission plan) {
        List<FieldError> errors = new ArrayList<>();
        PlanRules.check(plan, PARTNERS, TODAY, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompletePlanPasses() {
        assertThat(fields(plan(List.of(agreement(1, "politie"), agreement(2, "ggz")), member(APPROACH_OWN_CASE)))).isEmpty();
    }

    @Test
    void aPlanNeedsAGoalADomainGoalAndAnAgreement() {
        assertThat(fields(new PlanSubmission(null, List.of(), List.of(), null))).containsExactly(PLAN_GOAL, PLAN_GOAL_DOMAINS, agreementPartner(1));
    }

    @Test
    void aCheckedLifeDomainNeedsItsGoalAndMustBeKnown() {
        PlanSubmission plan = new PlanSubmission("Doel", List.of(new DomainGoal("HOUSING", null), new DomainGoal("ASTROLOGY", "x")),
                List.of(agreement(1, "politie")), null);

        assertThat(fields(plan)).containsExactly(goalOf("HOUSING"), PLAN_GOAL_DOMAINS);
    }

    @Test
    void everyFilledSlotIsCompleteWithAPartnerOfTheVeiligheidshuis() {
        AgreementInput incomplete = new AgreementInput(2, "bakker", null, null, "ASTROLOGY", "PUNISHMENT", null);

        List<FieldError> errors = new ArrayList<>();
        PlanRules.check(plan(List.of(agreement(1, "politie"), incomplete), null), PARTNERS, TODAY, errors);

        assertThat(errors).extracting(FieldError::field).containsExactly(agreementPartner(2), agreementDescription(2), agreementForWhom(2),
                agreementLifeDomain(2), agreementKind(2));
        assertThat(errors.get(0).message()).isEqualTo("Afspraak 2: 'bakker' is geen ketenpartner van het Veiligheidshuis");
    }

    @Test
    void forWhomNamesAPersonNeverABsn() {
        AgreementInput withBsn = new AgreementInput(1, "politie", "Huisbezoek", "Sem (111222333)", "HOUSING", "CARE", TODAY.plusDays(9));

        assertThat(fields(plan(List.of(withBsn), null))).containsExactly(agreementForWhom(1));
    }

    @Test
    void textsHaveTheirMaximumLength() {
        AgreementInput tooLong = new AgreementInput(1, "politie", "x".repeat(2001), "y".repeat(201), "HOUSING", "CARE", TODAY.plusDays(9));

        assertThat(fields(plan(List.of(tooLong), null))).containsExactly(agreementDescription(1), agreementForWhom(1));
    }

    @Test
    void aNewDueDateLiesInTheFutureButAnUnchangedAgreementMayKeepItsPassedDate() {
        LocalDate passed = TODAY.minusDays(3);
        AgreementInput kept = new AgreementInput(1, "politie", "Huisbezoek", "Sem", "HOUSING", "CARE", passed);
        AgreementInput fresh = new AgreementInput(2, "ggz", "Behandeling", "Sem", "HOUSING", "CARE", TODAY);
        AgreementInput missing = new AgreementInput(3, "gemeente", "Schuldhulp", "Sem", "HOUSING", "CARE", null);
        List<PlanVersioning.Planned> planned = List.of(
                new PlanVersioning.Planned(1, "A1", null, AgreementStatus.OPEN, passed),
                new PlanVersioning.Planned(2, "A5", null, AgreementStatus.OPEN, null));
        List<FieldError> errors = new ArrayList<>();

        PlanRules.checkDueDates(planned, List.of(kept, fresh, missing), TODAY, errors);

        assertThat(errors).extracting(FieldError::field).containsExactly(agreementDueDate(2), agreementDueDate(3));
        assertThat(errors.get(0).message()).isEqualTo("Afspraak 2: de uiterste datum ligt in de toekomst");
    }

    @Test
    void aFamilyMemberIsCompleteAndAnOwnCaseHasWhatAReferralNeeds() {
        FamilyMemberInput empty = new FamilyMemberInput(null, null, TODAY, "COUSIN", APPROACH_OWN_CASE, null, List.of(), null, 7, null, null,
                null, false, null);

        assertThat(fields(plan(List.of(agreement(1, "politie")), empty))).containsExactly(RISK_MEMBER_GIVEN_NAME, RISK_MEMBER_FAMILY_NAME,
                RISK_MEMBER_DATE_OF_BIRTH, RISK_MEMBER_RELATION, RISK_MEMBER_REASON, RISK_MEMBER_LIFE_DOMAINS, RISK_MEMBER_CHAINS_NEEDED,
                RISK_MEMBER_NOT_INFORMED_REASON);
    }

    @Test
    void aFamilyMemberTakenIntoThePlanNeedsNoReferralDetails() {
        FamilyMemberInput inPlan = new FamilyMemberInput("Noor", "de Vries", LocalDate.of(2013, 9, 12), "SIBLING", APPROACH_IN_PLAN, null,
                List.of(), null, null, null, null, null, null, null);

        assertThat(fields(plan(List.of(agreement(1, "politie")), inPlan))).isEmpty();
    }

    @Test
    void aFamilyMemberNeedsAnApproach() {
        FamilyMemberInput undecided = new FamilyMemberInput("Noor", "de Vries", LocalDate.of(2013, 9, 12), "SIBLING", null, null, List.of(),
                null, null, null, null, null, null, null);

        assertThat(fields(plan(List.of(agreement(1, "politie")), undecided))).containsExactly(RISK_MEMBER_APPROACH);
    }
}
