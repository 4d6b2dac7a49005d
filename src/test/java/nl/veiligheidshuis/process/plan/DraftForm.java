package nl.veiligheidshuis.process.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code plan-draft} and {@code plan-revise} submit, as Tasklist sends it: the plan's goal, one life domain
 * with a goal, and one filled slot per agreement; optionally a family member at risk. The defaults describe a
 * plan the rules accept on the process tests' clock (2 March 2026).
 */
final class DraftForm {

    /** As typed in the form: Dutch dd-mm-jjjj. */
    static final String DUE = "15-04-2026";

    private final Map<String, Object> variables = new LinkedHashMap<>();
    private int slots;

    private DraftForm() {
        variables.put(PLAN_GOAL, "Sem gaat weer naar school en het geweld thuis stopt");
        variables.put(PLAN_GOAL_DOMAINS, List.of("EDUCATION_WORK"));
        variables.put(goalOf("EDUCATION_WORK"), "Sem gaat elke dag naar school");
    }

    /** A plan with one agreement per partner, in this order. */
    static DraftForm withAgreementsFor(String... partners) {
        DraftForm form = new DraftForm();
        for (String partner : partners) {
            form.agreement(partner, "Begeleiding door " + partner);
        }
        return form;
    }

    DraftForm agreement(String partner, String description) {
        slots++;
        variables.put(agreementPartner(slots), partner);
        variables.put(agreementDescription(slots), description);
        variables.put(agreementForWhom(slots), "Sem");
        variables.put(agreementLifeDomain(slots), "EDUCATION_WORK");
        variables.put(agreementKind(slots), "CARE");
        variables.put(agreementDueDate(slots), DUE);
        return this;
    }

    /** Changes the description of the agreement in a slot (the revision form keeps the others as prefilled). */
    DraftForm change(int slot, String description) {
        variables.put(agreementDescription(slot), description);
        return this;
    }

    DraftForm familyMemberAtRisk(String approach) {
        variables.put(RISK_MEMBER_PRESENT, true);
        variables.put(RISK_MEMBER_GIVEN_NAME, "Noor");
        variables.put(RISK_MEMBER_FAMILY_NAME, "de Vries");
        variables.put(RISK_MEMBER_DATE_OF_BIRTH, "12-09-2013");
        variables.put(RISK_MEMBER_RELATION, "SIBLING");
        variables.put(RISK_MEMBER_APPROACH, approach);
        variables.put(RISK_MEMBER_REASON, "Noor spijbelt en trekt op met de vrienden van Sem");
        variables.put(RISK_MEMBER_LIFE_DOMAINS, List.of("EDUCATION_WORK", "FRIENDS_ACQUAINTANCES"));
        variables.put(RISK_MEMBER_CHAINS_NEEDED, "2");
        variables.put(RISK_MEMBER_INFORMED, true);
        return this;
    }

    Map<String, Object> variables() {
        return new LinkedHashMap<>(variables);
    }
}
