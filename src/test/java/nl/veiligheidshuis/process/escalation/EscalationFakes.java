package nl.veiligheidshuis.process.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.escalation.EscalationNationalReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Stand-ins for the escalation delegates, registered under their bean names: each checks and sets what the models
 * rely on, as the application's delegates do (their own tests cover the tables), keeps the level history and logs
 * that it ran. The process tests stay about routing, waiting and timing.
 */
final class EscalationFakes {

    static final Long ID = 77L;
    static final String MISSING_DECISION_TEXT = "Beschrijf het besluit en de maatregelen";
    static final String NATIONAL_CANNOT_ESCALATE = "Het landelijk overleg is het hoogste niveau: kies opgelost of terugsturen";
    static final String MISSING_REASON = "Geef de reden";
    static final String MISSING_DESCRIPTION = "Beschrijf het structurele knelpunt";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DECISIONS = Set.of(DECISION_RESOLVED, DECISION_ESCALATE, DECISION_SEND_BACK);

    private final List<String> calls = new ArrayList<>();
    private final List<Map<String, Object>> levels = new ArrayList<>();
    private List<String> involvedPartners = List.of("politie", "jeugdzorg");

    EscalationFakes register() {
        Mocks.register(REGISTER_ESCALATION_DELEGATE, (JavaDelegate) this::register);
        Mocks.register(OPEN_ESCALATION_LEVEL_DELEGATE, (JavaDelegate) this::openLevel);
        Mocks.register(RECORD_ESCALATION_DECISION_DELEGATE, (JavaDelegate) this::recordDecision);
        Mocks.register(RECORD_ESCALATION_TIMEOUT_DELEGATE, (JavaDelegate) this::recordTimeout);
        Mocks.register(PREPARE_ESCALATION_FEEDBACK_DELEGATE, (JavaDelegate) this::prepareFeedback);
        Mocks.register(RECORD_ESCALATION_RESPONSE_DELEGATE, (JavaDelegate) this::recordResponse);
        Mocks.register(REQUEST_NATIONAL_REVIEW_DELEGATE, (JavaDelegate) this::requestNationalReview);
        Mocks.register(REPORT_NATIONAL_REVIEW_DELEGATE, (JavaDelegate) this::reportNationalReview);
        return this;
    }

    /** The partner groups involved in the case when it is resolved. */
    EscalationFakes withInvolvedPartners(String... partners) {
        this.involvedPartners = List.of(partners);
        return this;
    }

    List<String> calls() {
        return calls;
    }

    /** The levels opened so far, in order: level, group, outcome. */
    List<Map<String, Object>> levels() {
        return levels;
    }

    private void register(DelegateExecution execution) {
        calls.add(REGISTER_ESCALATION_DELEGATE);
        if (execution.getVariable(ESCALATION_ID) != null) {
            return; // started by the application: only confirmed
        }
        if (execution.getVariable(ESCALATION_DESCRIPTION) == null) {
            throw new IllegalArgumentException(MISSING_DESCRIPTION);
        }
        String reference = "ESC-" + execution.getVariable(REGION) + "-" + ID;
        execution.removeVariable(ESCALATION_DESCRIPTION);
        execution.setProcessBusinessKey(reference);
        execution.setVariable(ESCALATION_ID, ID);
        execution.setVariable(ESCALATION_REFERENCE, reference);
        execution.setVariable(ESCALATION_KIND, KIND_STRUCTURAL);
        execution.setVariable(ESCALATING_PARTNER, "vh-manager");
        execution.setVariable(ESCALATED_AT, ClockUtil.getCurrentTime());
        execution.setVariable(TASK_PRIORITY, 50);
    }

    private void openLevel(DelegateExecution execution) {
        calls.add(OPEN_ESCALATION_LEVEL_DELEGATE);
        String from = (String) execution.getVariable(CURRENT_LEVEL);
        Date due = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse((String) execution.getVariable(RESPONSE_DUE))));
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("level", execution.getVariable(NEXT_LEVEL));
        level.put("group", execution.getVariable(ASSIGNEE_GROUP));
        level.put("outcome", null);
        levels.add(level);
        execution.setVariable(RESPONSE_DUE_DATE, due);
        execution.setVariable(LOWER_LEVEL_GROUP, switch (from) {
            case "OPERATIONAL" -> execution.getVariable(ESCALATING_PARTNER);
            case "TACTICAL" -> "tactisch-overleg";
            default -> "stuurgroep";
        });
        execution.setVariable(LEVEL_HISTORY, history());
        execution.removeVariables(List.of(ESCALATION_DECISION, ESCALATION_RESPONSE));
    }

    private void recordDecision(DelegateExecution execution) {
        calls.add(RECORD_ESCALATION_DECISION_DELEGATE);
        String decision = (String) execution.getVariable(ESCALATION_DECISION);
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("Kies opgelost, verder opschalen of terugsturen");
        }
        boolean national = "NATIONAL".equals(currentLevel().get("level"));
        if (DECISION_ESCALATE.equals(decision) && national) {
            throw new IllegalArgumentException(NATIONAL_CANNOT_ESCALATE);
        }
        if (DECISION_RESOLVED.equals(decision)
                && (blank(execution.getVariable(ESCALATION_DECISION_TEXT)) || blank(execution.getVariable(ESCALATION_MEASURES)))) {
            throw new IllegalArgumentException(MISSING_DECISION_TEXT);
        }
        if (!DECISION_RESOLVED.equals(decision) && blank(execution.getVariable(ESCALATION_DECISION_REASON))) {
            throw new IllegalArgumentException(MISSING_REASON);
        }
        execution.removeVariables(List.of(ESCALATION_DECISION_TEXT, ESCALATION_MEASURES, ESCALATION_DECISION_REASON));
        currentLevel().put("outcome", switch (decision) {
            case DECISION_RESOLVED -> "RESOLVED";
            case DECISION_ESCALATE -> "ESCALATED";
            default -> "SENT_BACK";
        });
        if (DECISION_ESCALATE.equals(decision)) {
            execution.setVariable(CURRENT_LEVEL, currentLevel().get("level"));
        }
        execution.setVariable(LEVEL_HISTORY, history());
    }

    private void recordTimeout(DelegateExecution execution) {
        calls.add(RECORD_ESCALATION_TIMEOUT_DELEGATE);
        currentLevel().put("outcome", "TIMED_OUT");
        if (!"NATIONAL".equals(currentLevel().get("level"))) {
            execution.setVariable(TIMEOUT_NOTICE_GROUP, execution.getVariable(LOWER_LEVEL_GROUP));
            execution.setVariable(CURRENT_LEVEL, currentLevel().get("level"));
        }
        execution.setVariable(LEVEL_HISTORY, history());
    }

    private void prepareFeedback(DelegateExecution execution) {
        calls.add(PREPARE_ESCALATION_FEEDBACK_DELEGATE);
        Object director = execution.getVariable(CASE_DIRECTOR_PARTNER);
        execution.setVariable(FEEDBACK_GROUP, director == null ? "procesregie" : director);
        boolean structural = KIND_STRUCTURAL.equals(execution.getVariable(ESCALATION_KIND));
        execution.setVariable(PARTNERS_TO_INFORM, new ArrayList<>(structural ? List.of() : involvedPartners));
    }

    private void recordResponse(DelegateExecution execution) {
        calls.add(RECORD_ESCALATION_RESPONSE_DELEGATE);
        Object response = execution.getVariable(ESCALATION_RESPONSE);
        if (!RESPONSE_TAKE_BACK.equals(response) && !RESPONSE_ESCALATE_AGAIN.equals(response)) {
            throw new IllegalArgumentException("Kies zelf verder oppakken of opnieuw opschalen");
        }
        if (RESPONSE_ESCALATE_AGAIN.equals(response) && blank(execution.getVariable(ESCALATION_RESPONSE_REASON))) {
            throw new IllegalArgumentException(MISSING_REASON);
        }
        execution.removeVariable(ESCALATION_RESPONSE_REASON);
    }

    /** As the application: a process of its own, without tenant, with the non-personal variables only. */
    private void requestNationalReview(DelegateExecution execution) {
        calls.add(REQUEST_NATIONAL_REVIEW_DELEGATE);
        Map<String, Object> nonPersonal = new LinkedHashMap<>();
        EscalationNationalReviewProcess.INPUT_VARIABLES.forEach(name -> nonPersonal.put(name, execution.getVariableTyped(name)));
        execution.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey(EscalationNationalReviewProcess.KEY)
                .businessKey((String) execution.getVariable(ESCALATION_REFERENCE)).setVariables(nonPersonal).execute();
    }

    private void reportNationalReview(DelegateExecution execution) {
        calls.add(REPORT_NATIONAL_REVIEW_DELEGATE);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put(NATIONAL_REVIEW_TIMED_OUT, "TIMED_OUT".equals(currentLevel().get("outcome")));
        outcome.put(ESCALATION_DECISION, execution.getVariable(ESCALATION_DECISION));
        outcome.put(LEVEL_HISTORY, history());
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE_NATIONAL_REVIEW_DONE)
                .processInstanceVariableEquals(ESCALATION_ID, execution.getVariable(ESCALATION_ID)).setVariables(outcome).correlate();
    }

    private Map<String, Object> currentLevel() {
        return levels.get(levels.size() - 1);
    }

    private Object history() {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(levels)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
