package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.casefile.FormDates;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import nl.veiligheidshuis.plan.PlanSubmission.DomainGoal;

/**
 * The flat variables of {@code plan-draft} and {@code plan-revise} as a {@link PlanSubmission}. It reads exactly the
 * slots the form showed: slot 1 always, a prefilled slot always, any other slot only when the slot before it was
 * shown and has a partner; the details of a slot only when it has a partner (the form hides them otherwise, so
 * their variables may be stale prefill). A value that is not a date is reported, not guessed.
 */
public final class PlanForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanForm() {
    }

    public static PlanSubmission parse(Map<String, Object> variables, List<FieldError> errors) {
        List<DomainGoal> goals = new ArrayList<>();
        for (String domain : new LinkedHashSet<>(list(variables, PLAN_GOAL_DOMAINS, errors))) {
            goals.add(new DomainGoal(domain, LIFE_DOMAINS.contains(domain) ? text(variables, goalOf(domain)) : null));
        }
        return new PlanSubmission(text(variables, PLAN_GOAL), goals, agreements(variables, errors), familyMember(variables, errors));
    }

    /** Slot n is shown when it is prefilled, or slot n-1 is shown and has a partner (the forms' conditional.hide). */
    static List<AgreementInput> agreements(Map<String, Object> variables, List<FieldError> errors) {
        Object prefilledValue = variables.get(PLAN_PREFILLED_SLOTS);
        int prefilled = prefilledValue instanceof Number number ? number.intValue() : 0;
        List<AgreementInput> agreements = new ArrayList<>();
        boolean shown = true;
        for (int slot = 1; slot <= AGREEMENT_SLOTS; slot++) {
            if (slot > 1) {
                shown = slot <= prefilled || (shown && text(variables, agreementPartner(slot - 1)) != null);
            }
            String partner = text(variables, agreementPartner(slot));
            if (!shown || partner == null) {
                continue;
            }
            agreements.add(new AgreementInput(slot, partner, text(variables, agreementDescription(slot)),
                    text(variables, agreementForWhom(slot)), text(variables, agreementLifeDomain(slot)), text(variables, agreementKind(slot)),
                    date(variables, agreementDueDate(slot), "Afspraak " + slot + ": ", errors)));
        }
        return agreements;
    }

    static FamilyMemberInput familyMember(Map<String, Object> variables, List<FieldError> errors) {
        if (!Boolean.TRUE.equals(bool(variables, RISK_MEMBER_PRESENT))) {
            return null;
        }
        Object chains = variables.get(RISK_MEMBER_CHAINS_NEEDED);
        Integer chainsNeeded = null;
        if (chains instanceof Number number) {
            chainsNeeded = number.intValue();
        } else if (text(variables, RISK_MEMBER_CHAINS_NEEDED) != null) {
            try {
                chainsNeeded = Integer.valueOf(text(variables, RISK_MEMBER_CHAINS_NEEDED));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(RISK_MEMBER_CHAINS_NEEDED, "Gezinslid: het aantal ketens is een getal"));
            }
        }
        return new FamilyMemberInput(text(variables, RISK_MEMBER_GIVEN_NAME), text(variables, RISK_MEMBER_FAMILY_NAME),
                date(variables, RISK_MEMBER_DATE_OF_BIRTH, "Gezinslid: ", errors), text(variables, RISK_MEMBER_RELATION),
                text(variables, RISK_MEMBER_APPROACH), text(variables, RISK_MEMBER_REASON), list(variables, RISK_MEMBER_LIFE_DOMAINS, errors),
                bool(variables, RISK_MEMBER_CRIMINAL_OR_NUISANCE_RISK), chainsNeeded, bool(variables, RISK_MEMBER_COERCION_OR_PRESSURE_NEEDED),
                bool(variables, RISK_MEMBER_SINGLE_CHAIN_SOLVABLE), bool(variables, RISK_MEMBER_PROVEN_STANDARD_APPROACH),
                bool(variables, RISK_MEMBER_INFORMED), text(variables, RISK_MEMBER_NOT_INFORMED_REASON));
    }

    static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** A checkbox submits a Boolean (false when unticked); absent stays null. */
    static Boolean bool(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : Boolean.valueOf(value.toString().trim());
    }

    /** Dates are typed as Dutch {@code dd-mm-jjjj} (text fields, as the 7.24 date picker misreads them) or ISO (API). */
    static LocalDate date(Map<String, Object> variables, String name, String label, List<FieldError> errors) {
        String value = text(variables, name);
        if (value == null) {
            return null;
        }
        try {
            return FormDates.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, label + "'" + value + "' is geen datum: typ dd-mm-jjjj, bijvoorbeeld 23-11-2008"));
            return null;
        }
    }

    /** A checklist arrives as a Json variable (its text is a JSON array) or a Java list. */
    static List<String> list(Map<String, Object> variables, String name, List<FieldError> errors) {
        Object value = variables.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            errors.add(new FieldError(name, "Geen geldige keuzelijst"));
            return List.of();
        }
    }
}
