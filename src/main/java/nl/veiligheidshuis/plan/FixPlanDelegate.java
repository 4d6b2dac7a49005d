package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every partner confirmed: the version becomes the plan in force. */
@Component("fixPlanDelegate")
class FixPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    FixPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.fix((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION));
        execution.setVariable(PLAN_FIXED, true);
    }
}
