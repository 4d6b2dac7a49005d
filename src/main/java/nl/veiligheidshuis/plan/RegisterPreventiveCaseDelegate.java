package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refers the family member at risk as an own preventive case through the intake and links it to this case. */
@Component("registerPreventiveCaseDelegate")
class RegisterPreventiveCaseDelegate implements JavaDelegate {

    private final PreventiveReferrals preventiveReferrals;

    RegisterPreventiveCaseDelegate(PreventiveReferrals preventiveReferrals) {
        this.preventiveReferrals = preventiveReferrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String linkedCase = preventiveReferrals.register((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION),
                (String) execution.getVariable(CASE_DIRECTOR_PARTNER));
        execution.setVariable(PLAN_LINKED_CASE_NUMBER, linkedCase);
    }
}
