package nl.veiligheidshuis.process.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.monitoring.Schedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Stand-ins for the monitoring's delegates, registered under their bean names: each checks and sets what the model
 * relies on, as the application's delegates do (their own tests cover the tables), with the application's moments
 * ({@link Schedule}), and logs what it did: the reports per agreement, every escalation call with what triggered it,
 * the scheduled evaluations, the closing and the reopening. The process tests stay about routing, waiting and timing.
 */
final class MonitoringFakes {

    static final String MISSING_EXPLANATION = "Licht toe waarom de afspraak niet (helemaal) is nagekomen";
    static final String UNKNOWN_REPORT = "Kies nagekomen, deels nagekomen of niet nagekomen";
    static final String MISSING_NOTE = "Licht toe waarom";
    static final String MISSING_CLOSING = "Kies de reden van afschalen en schrijf de samenvatting";
    static final String MISSING_TARGET_REGION = "Kies de regio waar de persoon nu woont";
    static final String MISSING_REOPEN_REASON = "Geef de reden om de casus te heropenen";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REPORTS = Set.of("DONE", "PARTLY", "NOT_DONE");
    private static final Set<String> DECISIONS = Set.of(DECISION_CONTINUE, DECISION_ADJUST_PLAN, DECISION_NEW_CONFERENCE, DECISION_CLOSE);

    /** One agreement of the fixed plan: key, responsible partner, due date. */
    record Agreement(String key, String partner, LocalDate dueDate) {
    }

    /** One call of escalateAgreementDelegate: which agreement, from which step. */
    record Escalation(String key, String step) {
    }

    private List<Agreement> plan = List.of();
    private List<String> involvedPartners = List.of("politie", "jeugdzorg", "gemeente");
    private final Map<String, String> states = new LinkedHashMap<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<String> scheduled = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private String closingSummary;

    MonitoringFakes register() {
        Mocks.register(PREPARE_MONITORING_DELEGATE, (JavaDelegate) this::prepareMonitoring);
        Mocks.register(PREPARE_AGREEMENT_TRACKING_DELEGATE, (JavaDelegate) this::prepareAgreement);
        Mocks.register(MARK_AGREEMENT_OVERDUE_DELEGATE, (JavaDelegate) this::markOverdue);
        Mocks.register(RECORD_AGREEMENT_REPORT_DELEGATE, (JavaDelegate) this::recordReport);
        Mocks.register(ESCALATE_AGREEMENT_DELEGATE, (JavaDelegate) this::escalate);
        Mocks.register(MONITORING_SCHEDULE_LISTENER, (ExecutionListener) this::schedule);
        Mocks.register(PREPARE_EVALUATION_DELEGATE, (JavaDelegate) this::prepareEvaluation);
        Mocks.register(RECORD_EVALUATION_DELEGATE, (JavaDelegate) this::recordEvaluation);
        Mocks.register(PREPARE_CLOSURE_DELEGATE, (JavaDelegate) this::prepareClosure);
        Mocks.register(PREPARE_CLOSURE_NOTICE_DELEGATE, (JavaDelegate) this::prepareClosureNotice);
        Mocks.register(CLOSE_CASE_DELEGATE, (JavaDelegate) this::closeCase);
        Mocks.register(RECORD_AFTERCARE_CHECK_DELEGATE, (JavaDelegate) this::recordAftercare);
        Mocks.register(REOPEN_CASE_DELEGATE, (JavaDelegate) this::reopen);
        return this;
    }

    /** The agreements of the fixed plan version the next monitoring loads. */
    MonitoringFakes withPlan(List<Agreement> agreements) {
        this.plan = List.copyOf(agreements);
        return this;
    }

    /** The partners involved in the case when it closes. */
    MonitoringFakes withInvolvedPartners(String... partners) {
        this.involvedPartners = List.of(partners);
        return this;
    }

    /** The recorded state per agreement key (OPEN, OVERDUE, DONE, PARTLY, NOT_DONE). */
    Map<String, String> states() {
        return states;
    }

    List<Escalation> escalations() {
        return escalations;
    }

    /** The timers whose wait was recorded in the case status: "activity:interval". */
    List<String> scheduled() {
        return scheduled;
    }

    /** Bean names of the delegates that ran, in order. */
    List<String> calls() {
        return calls;
    }

    private void prepareMonitoring(DelegateExecution execution) {
        calls.add(PREPARE_MONITORING_DELEGATE);
        execution.removeVariables(PREVIOUS_RUN_VARIABLES);
        List<String> keys = new ArrayList<>();
        for (Agreement agreement : plan) {
            states.putIfAbsent(agreement.key(), "OPEN");
            if (Set.of("OPEN", "OVERDUE").contains(states.get(agreement.key()))) {
                keys.add(agreement.key());
            }
        }
        execution.setVariable(AGREEMENT_KEYS, new ArrayList<>(keys));
    }

    private void prepareAgreement(DelegateExecution execution) {
        calls.add(PREPARE_AGREEMENT_TRACKING_DELEGATE);
        Agreement agreement = agreement((String) execution.getVariable(AGREEMENT_KEY));
        execution.setVariableLocal(AGREEMENT_PARTNER, agreement.partner());
        execution.setVariableLocal(AGREEMENT_DUE_DATE, Date.from(Schedule.dueAt(agreement.dueDate())));
        execution.setVariableLocal(AGREEMENT_REMINDER_DATE, Date.from(Schedule.reminderAt(agreement.dueDate(), now())));
        execution.setVariableLocal(AGREEMENT_ESCALATION_DATE, Date.from(Schedule.escalationAt(agreement.dueDate())));
        execution.setVariableLocal(AGREEMENT_SUMMARY, json(Map.of("key", agreement.key(), "description", "Afspraak " + agreement.key())));
        execution.setVariableLocal(AGREEMENT_REPORT, null);
        execution.setVariableLocal(AGREEMENT_EXPLANATION, null);
        execution.setVariableLocal(AGREEMENT_STATE, null);
        execution.setVariableLocal(REMINDER_NOTICED, null);
    }

    private void markOverdue(DelegateExecution execution) {
        calls.add(MARK_AGREEMENT_OVERDUE_DELEGATE);
        states.computeIfPresent((String) execution.getVariable(AGREEMENT_KEY), (key, state) -> "OPEN".equals(state) ? "OVERDUE" : state);
    }

    private void recordReport(DelegateExecution execution) {
        calls.add(RECORD_AGREEMENT_REPORT_DELEGATE);
        String report = (String) execution.getVariable(AGREEMENT_REPORT);
        if (!REPORTS.contains(report)) {
            throw new IllegalArgumentException(UNKNOWN_REPORT);
        }
        if (!"DONE".equals(report) && blank(execution.getVariable(AGREEMENT_EXPLANATION))) {
            throw new IllegalArgumentException(MISSING_EXPLANATION);
        }
        execution.removeVariable(AGREEMENT_EXPLANATION);
        states.put((String) execution.getVariable(AGREEMENT_KEY), report);
        execution.setVariable(AGREEMENT_STATE, report);
    }

    private void escalate(DelegateExecution execution) {
        calls.add(ESCALATE_AGREEMENT_DELEGATE);
        escalations.add(new Escalation((String) execution.getVariable(AGREEMENT_KEY), execution.getCurrentActivityId()));
    }

    private void schedule(DelegateExecution execution) {
        String interval = INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE.equals(execution.getCurrentActivityId()) ? AFTERCARE_CHECK_AFTER
                : EVALUATION_INTERVAL;
        scheduled.add(execution.getCurrentActivityId() + ":" + execution.getVariable(interval));
    }

    private void prepareEvaluation(DelegateExecution execution) {
        calls.add(PREPARE_EVALUATION_DELEGATE);
        execution.removeVariables(List.of(EVALUATION_DECISION, EVALUATION_FOLLOWED_UP));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Agreement agreement : plan) {
            rows.add(Map.of("key", agreement.key(), "partner", agreement.partner(), "state", states.getOrDefault(agreement.key(), "OPEN")));
        }
        execution.setVariable(MONITORING_AGREEMENTS, json(rows));
        execution.setVariable(MONITORING_COUNTS, json(Map.of("total", plan.size())));
    }

    private void recordEvaluation(DelegateExecution execution) {
        calls.add(RECORD_EVALUATION_DELEGATE);
        String decision = (String) execution.getVariable(EVALUATION_DECISION);
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("Kies doorgaan, plan aanpassen, nieuw casusoverleg of afschalen");
        }
        if ((DECISION_ADJUST_PLAN.equals(decision) || DECISION_NEW_CONFERENCE.equals(decision)) && blank(execution.getVariable(EVALUATION_NOTE))) {
            throw new IllegalArgumentException(MISSING_NOTE);
        }
        if (DECISION_CLOSE.equals(decision)) {
            if (blank(execution.getVariable(CLOSE_REASON)) || blank(execution.getVariable(CLOSING_SUMMARY))) {
                throw new IllegalArgumentException(MISSING_CLOSING);
            }
            if (REASON_MOVED_REGION.equals(execution.getVariable(CLOSE_REASON)) && blank(execution.getVariable(CLOSE_TARGET_REGION))) {
                throw new IllegalArgumentException(MISSING_TARGET_REGION);
            }
            closingSummary = (String) execution.getVariable(CLOSING_SUMMARY);
        } else {
            execution.removeVariables(List.of(CLOSE_REASON, CLOSE_TARGET_REGION));
        }
        execution.removeVariables(List.of(EVALUATION_NOTE, CLOSING_SUMMARY, MONITORING_AGREEMENTS, MONITORING_COUNTS));
    }

    private void prepareClosure(DelegateExecution execution) {
        calls.add(PREPARE_CLOSURE_DELEGATE);
        execution.setVariable(CLOSING_PARTNERS, new ArrayList<>(involvedPartners));
    }

    private void prepareClosureNotice(DelegateExecution execution) {
        calls.add(PREPARE_CLOSURE_NOTICE_DELEGATE);
        execution.setVariableLocal(CLOSING_SUMMARY, closingSummary);
        execution.setVariableLocal(CLOSURE_NOTICED, null);
    }

    private void closeCase(DelegateExecution execution) {
        calls.add(CLOSE_CASE_DELEGATE);
        if (execution.getVariable(CASE_ID) == null) {
            throw new IllegalStateException("no caseId");
        }
        execution.setVariable(CASE_CLOSED_AT, ClockUtil.getCurrentTime());
    }

    private void recordAftercare(DelegateExecution execution) {
        calls.add(RECORD_AFTERCARE_CHECK_DELEGATE);
        Object decision = execution.getVariable(AFTERCARE_DECISION);
        if (!AFTERCARE_STABLE.equals(decision) && !AFTERCARE_REOPEN.equals(decision)) {
            throw new IllegalArgumentException("Kies situatie stabiel of casus heropenen");
        }
        if (AFTERCARE_REOPEN.equals(decision) && blank(execution.getVariable(REOPEN_REASON))) {
            throw new IllegalArgumentException(MISSING_REOPEN_REASON);
        }
        execution.removeVariable(REOPEN_REASON);
    }

    private void reopen(DelegateExecution execution) {
        calls.add(REOPEN_CASE_DELEGATE);
    }

    private Agreement agreement(String key) {
        return plan.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No agreement " + key + " in the fake plan"));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
