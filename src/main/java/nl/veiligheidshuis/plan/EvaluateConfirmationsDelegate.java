package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After every partner decided: the version is confirmed by all (own or carried-over confirmations) or rejected. */
@Component("evaluateConfirmationsDelegate")
class EvaluateConfirmationsDelegate implements JavaDelegate {

    private final PlanService plans;

    EvaluateConfirmationsDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean confirmed = plans.allConfirmed((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION));
        execution.setVariable(PLAN_CONFIRMATION_OUTCOME, confirmed ? DECISION_CONFIRMED : DECISION_REJECTED);
    }
}
