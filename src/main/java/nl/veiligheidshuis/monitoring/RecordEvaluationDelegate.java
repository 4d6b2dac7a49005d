package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import java.util.List;
import nl.veiligheidshuis.monitoring.Evaluations.EvaluationInput;
import nl.veiligheidshuis.monitoring.Evaluations.EvaluationResult;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the director's evaluation in the transaction of its completion (bad input fails it with a
 * message); the note, the summary and the display values leave the engine, the decision's codes stay to route on.
 */
@Component(RECORD_EVALUATION_DELEGATE)
class RecordEvaluationDelegate implements JavaDelegate {

    private final Evaluations evaluations;
    private final CurrentCaller currentCaller;

    RecordEvaluationDelegate(Evaluations evaluations, CurrentCaller currentCaller) {
        this.evaluations = evaluations;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvaluationInput input = new EvaluationInput((String) execution.getVariable(EVALUATION_DECISION),
                (String) execution.getVariable(EVALUATION_NOTE), (String) execution.getVariable(CLOSE_REASON),
                (String) execution.getVariable(CLOSE_TARGET_REGION), (String) execution.getVariable(CLOSING_SUMMARY));
        EvaluationResult result = UserInput.checked(() -> evaluations.record((Long) execution.getVariable(CASE_ID),
                (Integer) execution.getVariable(PLAN_VERSION), input, currentCaller.userIdOrSystem()));
        execution.removeVariables(List.of(EVALUATION_NOTE, CLOSING_SUMMARY, MONITORING_AGREEMENTS, MONITORING_COUNTS, CLOSE_REASON,
                CLOSE_TARGET_REGION));
        if (result.closeReason() != null) {
            execution.setVariable(CLOSE_REASON, result.closeReason().name());
        }
        if (result.targetRegion() != null) {
            execution.setVariable(CLOSE_TARGET_REGION, result.targetRegion());
        }
    }
}
