package nl.veiligheidshuis.process.plan;

import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.plan.PlanForm;
import nl.veiligheidshuis.plan.PlanSubmission;
import nl.veiligheidshuis.plan.PlanSubmission.AgreementInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Stand-ins for the delegates of {@code action-plan}, registered under their bean names. They keep the plan in
 * memory the way {@code PlanService} keeps it in the tables, set the variables the model routes on exactly as the
 * real delegates do, and read the draft form with the real {@link PlanForm}: so the process tests are about
 * routing, waiting, timing and scopes, while the domain rules have their own tests.
 */
final class PlanFakes {

    static final String NO_AGREEMENT = "Leg ten minste één afspraak vast";
    static final String NO_REASON = "Geef de reden waarom u de afspraken afwijst";
    static final String LINKED_CASE_NUMBER = "VH-2026-000124";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored version: its agreements (in slot order) and each partner's decision on it. */
    record Version(int version, List<AgreementInput> agreements, Map<String, String> decisions) {
    }

    private final List<String> calls = new ArrayList<>();
    /** Each partner's decision as its own record delegate read it: partner=decision. */
    private final List<String> recordedDecisions = new ArrayList<>();
    private Version current;
    private boolean fixed;

    PlanFakes register() {
        Mocks.register(PREPARE_PLAN_DELEGATE, (JavaDelegate) this::preparePlan);
        Mocks.register(STORE_PLAN_VERSION_DELEGATE, (JavaDelegate) this::storePlanVersion);
        Mocks.register(REGISTER_PREVENTIVE_CASE_DELEGATE, (JavaDelegate) this::registerPreventiveCase);
        Mocks.register(PREPARE_PARTNER_AGREEMENTS_DELEGATE, (JavaDelegate) this::preparePartnerAgreements);
        Mocks.register(RECORD_AGREEMENT_DECISION_DELEGATE, (JavaDelegate) this::recordAgreementDecision);
        Mocks.register(EVALUATE_CONFIRMATIONS_DELEGATE, (JavaDelegate) this::evaluateConfirmations);
        Mocks.register(FIX_PLAN_DELEGATE, (JavaDelegate) this::fixPlan);
        return this;
    }

    /** The case already has a fixed plan (a revision from monitoring): every partner confirmed it. */
    PlanFakes withFixedPlan(int version, Map<String, Object> draftForm) {
        List<AgreementInput> agreements = PlanForm.parse(draftForm, new ArrayList<>()).agreements();
        Map<String, String> decisions = new LinkedHashMap<>();
        agreements.forEach(a -> decisions.put(a.partner(), DECISION_CONFIRMED));
        current = new Version(version, agreements, decisions);
        fixed = true;
        return this;
    }

    List<String> calls() {
        return calls;
    }

    List<String> recordedDecisions() {
        return recordedDecisions;
    }

    Version current() {
        return current;
    }

    boolean fixed() {
        return fixed;
    }

    private void preparePlan(DelegateExecution execution) {
        calls.add(PREPARE_PLAN_DELEGATE);
        if (current == null) {
            execution.setVariable(PLAN_BASE_VERSION, null);
            execution.setVariable(PLAN_PREFILLED_SLOTS, 0);
            execution.setVariable(PLAN_CURRENT_AGREEMENTS, null);
            execution.setVariable(PLAN_REJECTIONS, null);
            return;
        }
        execution.setVariable(PLAN_BASE_VERSION, current.version());
        int slot = 0;
        List<Map<String, String>> rows = new ArrayList<>();
        for (AgreementInput agreement : current.agreements()) {
            slot++;
            execution.setVariable(agreementPartner(slot), agreement.partner());
            execution.setVariable(agreementDescription(slot), agreement.description());
            execution.setVariable(agreementForWhom(slot), agreement.forWhom());
            execution.setVariable(agreementLifeDomain(slot), agreement.lifeDomain());
            execution.setVariable(agreementKind(slot), agreement.kind());
            execution.setVariable(agreementDueDate(slot), String.format("%02d-%02d-%d", agreement.dueDate().getDayOfMonth(),
                    agreement.dueDate().getMonthValue(), agreement.dueDate().getYear()));
            rows.add(Map.of("partner", agreement.partner(), "description", agreement.description()));
        }
        execution.setVariable(PLAN_PREFILLED_SLOTS, slot);
        execution.setVariable(PLAN_CURRENT_AGREEMENTS, json(rows));
        List<Map<String, String>> rejections = current.decisions().entrySet().stream()
                .filter(d -> DECISION_REJECTED.equals(d.getValue())).map(d -> Map.of("partner", d.getKey())).toList();
        execution.setVariable(PLAN_REJECTIONS, rejections.isEmpty() ? null : json(rejections));
    }

    /** As the real delegate: parse, check (here: only "at least one agreement"), store, remove the form, set the collection. */
    private void storePlanVersion(DelegateExecution execution) {
        calls.add(STORE_PLAN_VERSION_DELEGATE);
        List<FieldError> errors = new ArrayList<>();
        PlanSubmission submission = PlanForm.parse(execution.getVariables(), errors);
        if (submission.agreements().isEmpty()) {
            throw new BadUserRequestException(NO_AGREEMENT);
        }
        Set<String> partners = new LinkedHashSet<>();
        submission.agreements().forEach(a -> partners.add(a.partner()));
        List<String> toConfirm = new ArrayList<>();
        Map<String, String> decisions = new LinkedHashMap<>();
        for (String partner : partners) {
            boolean unchanged = current != null && contents(current.agreements(), partner).equals(contents(submission.agreements(), partner));
            boolean confirmed = current != null && DECISION_CONFIRMED.equals(current.decisions().get(partner));
            if (unchanged && confirmed) {
                decisions.put(partner, DECISION_CONFIRMED);
            } else {
                toConfirm.add(partner);
            }
        }
        current = new Version(current == null ? 1 : current.version() + 1, submission.agreements(), decisions);
        fixed = false;
        execution.removeVariables(FORM_VARIABLES);
        execution.removeVariables(DISPLAY_VARIABLES);
        execution.setVariable(PLAN_VERSION, current.version());
        execution.setVariable(PLAN_PARTNERS, new ArrayList<>(toConfirm));
        execution.setVariable(PLAN_FAMILY_APPROACH, submission.familyMember() == null ? APPROACH_NONE : submission.familyMember().approach());
    }

    private void registerPreventiveCase(DelegateExecution execution) {
        calls.add(REGISTER_PREVENTIVE_CASE_DELEGATE);
        execution.setVariable(PLAN_LINKED_CASE_NUMBER, LINKED_CASE_NUMBER);
    }

    private void preparePartnerAgreements(DelegateExecution execution) {
        calls.add(PREPARE_PARTNER_AGREEMENTS_DELEGATE);
        String partner = (String) execution.getVariable(PLAN_PARTNER);
        List<Map<String, String>> rows = current.agreements().stream().filter(a -> a.partner().equals(partner))
                .map(a -> Map.of("description", a.description(), "forWhom", a.forWhom())).toList();
        execution.setVariableLocal(PARTNER_AGREEMENTS, json(rows));
        execution.setVariableLocal(AGREEMENTS_DECISION, null);
        execution.setVariableLocal(AGREEMENTS_REJECTION_REASON, null);
        execution.setVariableLocal(AGREEMENTS_MANDATE, null);
    }

    private void recordAgreementDecision(DelegateExecution execution) {
        calls.add(RECORD_AGREEMENT_DECISION_DELEGATE);
        String partner = (String) execution.getVariable(PLAN_PARTNER);
        String decision = (String) execution.getVariable(AGREEMENTS_DECISION);
        Object reason = execution.getVariable(AGREEMENTS_REJECTION_REASON);
        if (DECISION_REJECTED.equals(decision) && (reason == null || reason.toString().isBlank())) {
            throw new BadUserRequestException(NO_REASON);
        }
        recordedDecisions.add(partner + "=" + decision);
        current.decisions().put(partner, decision);
        execution.removeVariable(AGREEMENTS_REJECTION_REASON);
    }

    private void evaluateConfirmations(DelegateExecution execution) {
        calls.add(EVALUATE_CONFIRMATIONS_DELEGATE);
        boolean all = current.agreements().stream().map(AgreementInput::partner).distinct()
                .allMatch(partner -> DECISION_CONFIRMED.equals(Objects.requireNonNull(current.decisions().get(partner), partner + " undecided")));
        execution.setVariable(PLAN_CONFIRMATION_OUTCOME, all ? DECISION_CONFIRMED : DECISION_REJECTED);
    }

    private void fixPlan(DelegateExecution execution) {
        calls.add(FIX_PLAN_DELEGATE);
        fixed = true;
        execution.setVariable(PLAN_FIXED, true);
    }

    private static List<String> contents(List<AgreementInput> agreements, String partner) {
        return agreements.stream().filter(a -> a.partner().equals(partner))
                .map(a -> a.description() + "|" + a.forWhom() + "|" + a.lifeDomain() + "|" + a.kind() + "|" + a.dueDate()).sorted().toList();
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
