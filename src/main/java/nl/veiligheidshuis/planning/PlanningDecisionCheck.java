package nl.veiligheidshuis.planning;

import static nl.veiligheidshuis.planning.ConferencePlanningProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Weekplanning casusoverleg vaststellen" (form or engine REST): refuses it, with a message, unless the
 * decision is to confirm or to propose again, so the gateway after it always has a way to go.
 */
@Component(PLANNING_DECISION_CHECK)
class PlanningDecisionCheck implements TaskListener {

    static final String MESSAGE = PLANNING_DECISION + ": Kies 'Weekplanning vaststellen' of 'Opnieuw voorstellen'";

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(PLANNING_DECISION);
        if (!DECISION_CONFIRM.equals(decision) && !DECISION_PROPOSE_AGAIN.equals(decision)) {
            throw new BadUserRequestException(MESSAGE);
        }
    }
}
