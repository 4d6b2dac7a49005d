package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A level let its deadline pass: recorded as TIMED_OUT. A regional level becomes the level the escalation comes from
 * (escalation-routing moves it up) and its own level below is told; at national level (in
 * {@code escalation-national-review}) the escalation ends unanswered.
 */
@Component(RECORD_ESCALATION_TIMEOUT_DELEGATE)
class RecordEscalationTimeoutDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final LevelHistory levelHistory;

    RecordEscalationTimeoutDelegate(Escalations escalations, LevelHistory levelHistory) {
        this.escalations = escalations;
        this.levelHistory = levelHistory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long escalationId = (Long) execution.getVariable(ESCALATION_ID);
        Level timedOut = escalations.timeOut(escalationId);
        if (timedOut.canEscalateFrom()) {
            execution.setVariable(TIMEOUT_NOTICE_GROUP, execution.getVariable(LOWER_LEVEL_GROUP));
            execution.setVariable(CURRENT_LEVEL, timedOut.name());
        }
        execution.setVariable(LEVEL_HISTORY, levelHistory.of(escalationId));
    }
}
