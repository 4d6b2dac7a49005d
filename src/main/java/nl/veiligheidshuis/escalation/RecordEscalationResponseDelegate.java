package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;
import static nl.veiligheidshuis.escalation.RegisterEscalationDelegate.text;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and records how the level below answers an escalation sent back to it, in the completion's transaction. */
@Component(RECORD_ESCALATION_RESPONSE_DELEGATE)
class RecordEscalationResponseDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final LevelHistory levelHistory;
    private final CurrentCaller currentCaller;

    RecordEscalationResponseDelegate(Escalations escalations, LevelHistory levelHistory, CurrentCaller currentCaller) {
        this.escalations = escalations;
        this.levelHistory = levelHistory;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long escalationId = (Long) execution.getVariable(ESCALATION_ID);
        Escalations.ResponseInput input = new Escalations.ResponseInput(text(execution, ESCALATION_RESPONSE),
                text(execution, ESCALATION_RESPONSE_REASON));
        SentBackResponse response = UserInput.checked(() -> escalations.respond(escalationId, input, currentCaller.userIdOrSystem()));
        execution.removeVariable(ESCALATION_RESPONSE_REASON);
        execution.setVariable(ESCALATION_RESPONSE, response.name());
        execution.setVariable(LEVEL_HISTORY, levelHistory.of(escalationId));
    }
}
