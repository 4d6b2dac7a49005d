package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;
import static nl.veiligheidshuis.escalation.RegisterEscalationDelegate.text;

import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records a level's decision in the completion's transaction (bad input fails the completion and the form
 * keeps it), moves the texts into vh_escalation_level and out of the engine. Escalating further makes the deciding
 * level the one the escalation comes from. Used by {@code escalation} and {@code escalation-national-review}.
 */
@Component(RECORD_ESCALATION_DECISION_DELEGATE)
class RecordEscalationDecisionDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final LevelHistory levelHistory;
    private final CurrentCaller currentCaller;

    RecordEscalationDecisionDelegate(Escalations escalations, LevelHistory levelHistory, CurrentCaller currentCaller) {
        this.escalations = escalations;
        this.levelHistory = levelHistory;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long escalationId = (Long) execution.getVariable(ESCALATION_ID);
        Escalations.DecisionInput input = new Escalations.DecisionInput(text(execution, ESCALATION_DECISION),
                text(execution, ESCALATION_DECISION_TEXT), text(execution, ESCALATION_MEASURES), text(execution, ESCALATION_DECISION_REASON));
        Escalations.DecisionOutcome outcome = UserInput.checked(() -> escalations.decide(escalationId, input, currentCaller.userIdOrSystem()));
        execution.removeVariables(List.of(ESCALATION_DECISION_TEXT, ESCALATION_MEASURES, ESCALATION_DECISION_REASON));
        execution.setVariable(ESCALATION_DECISION, outcome.decision().name());
        if (outcome.decision() == LevelDecision.ESCALATE) {
            execution.setVariable(CURRENT_LEVEL, outcome.level().name());
        }
        execution.setVariable(LEVEL_HISTORY, levelHistory.of(escalationId));
    }
}
