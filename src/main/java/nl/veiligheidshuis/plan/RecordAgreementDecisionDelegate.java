package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import nl.veiligheidshuis.casefile.Caller;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records one partner's decision on its agreements, in the completion's transaction (§5.5.2: with its own mandate):
 * a rejection without reason, or no statement of mandate, fails the completion with a message.
 */
@Component("recordAgreementDecisionDelegate")
class RecordAgreementDecisionDelegate implements JavaDelegate {

    private final PlanService plans;
    private final CurrentCaller currentCaller;

    RecordAgreementDecisionDelegate(PlanService plans, CurrentCaller currentCaller) {
        this.plans = plans;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = currentCaller.userIdOrSystem();
        Caller caller = CurrentCaller.SYSTEM.equals(userId) ? null : currentCaller.get();
        PlanService.DecisionInput input = new PlanService.DecisionInput((String) execution.getVariable(AGREEMENTS_DECISION),
                (String) execution.getVariable(AGREEMENTS_REJECTION_REASON), (Boolean) execution.getVariable(AGREEMENTS_MANDATE));
        UserInput.checked(() -> plans.decide((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION),
                (String) execution.getVariable(PLAN_PARTNER), input, userId, caller));
        execution.removeVariable(AGREEMENTS_REJECTION_REASON);
    }
}
