package nl.veiligheidshuis.planning;

import static nl.veiligheidshuis.planning.ConferencePlanningProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Weekplanning vastleggen": the planning and its slots become CONFIRMED, with who confirmed them. */
@Component(CONFIRM_CONFERENCE_PLAN_DELEGATE)
class ConfirmConferencePlanDelegate implements JavaDelegate {

    private final ConferencePlans plans;
    private final CurrentCaller currentCaller;

    ConfirmConferencePlanDelegate(ConferencePlans plans, CurrentCaller currentCaller) {
        this.plans = plans;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.confirm((String) execution.getVariable(REGION), PlanningWeek.parse((String) execution.getVariable(PLANNING_WEEK)),
                currentCaller.userIdOrSystem());
    }
}
