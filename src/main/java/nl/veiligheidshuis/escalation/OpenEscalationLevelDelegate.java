package nl.veiligheidshuis.escalation;

import static nl.veiligheidshuis.escalation.EscalationProcess.*;
import static nl.veiligheidshuis.escalation.RegisterEscalationDelegate.text;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the level escalation-routing chose: its deadline becomes the task's due date and timer; the last decision is cleared. */
@Component(OPEN_ESCALATION_LEVEL_DELEGATE)
class OpenEscalationLevelDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final LevelHistory levelHistory;

    OpenEscalationLevelDelegate(Escalations escalations, LevelHistory levelHistory) {
        this.escalations = escalations;
        this.levelHistory = levelHistory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long escalationId = (Long) execution.getVariable(ESCALATION_ID);
        Escalations.OpenedLevel opened = escalations.openLevel(escalationId, text(execution, CURRENT_LEVEL), text(execution, NEXT_LEVEL),
                text(execution, ASSIGNEE_GROUP), text(execution, RESPONSE_DUE));
        execution.setVariable(RESPONSE_DUE_DATE, Date.from(opened.dueAt()));
        execution.setVariable(LOWER_LEVEL_GROUP, opened.lowerLevelGroup());
        execution.setVariable(LEVEL_HISTORY, levelHistory.of(escalationId));
        execution.removeVariables(List.of(ESCALATION_DECISION, ESCALATION_RESPONSE));
    }
}
