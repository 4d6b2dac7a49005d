package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of one partner's confirmation: that partner's agreements as a local Json list for its form's table,
 * and the form's own variables declared locally, so that each partner's decision stays in its own instance
 * (a task completion writes a variable into the nearest scope that has it).
 */
@Component("preparePartnerAgreementsDelegate")
class PreparePartnerAgreementsDelegate implements JavaDelegate {

    private final PlanService plans;

    PreparePartnerAgreementsDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String partner = (String) execution.getVariable(PLAN_PARTNER);
        execution.setVariableLocal(PARTNER_AGREEMENTS, DisplayValues.json(plans.agreementsOf((Long) execution.getVariable(CASE_ID),
                (Integer) execution.getVariable(PLAN_VERSION), partner)));
        execution.setVariableLocal(AGREEMENTS_DECISION, null);
        execution.setVariableLocal(AGREEMENTS_REJECTION_REASON, null);
        execution.setVariableLocal(AGREEMENTS_MANDATE, null);
    }
}
