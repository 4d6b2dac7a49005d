package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.casefile.FieldError;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after the draft or revision, in the completion's transaction: a plan that breaks the rules fails the
 * completion with its messages and the form keeps its input; a good one becomes a new version in the tables, its
 * form variables leave the engine, and the partners that must confirm it become the multi-instance collection.
 */
@Component("storePlanVersionDelegate")
class StorePlanVersionDelegate implements JavaDelegate {

    private final PlanService plans;
    private final CurrentCaller currentCaller;

    StorePlanVersionDelegate(PlanService plans, CurrentCaller currentCaller) {
        this.plans = plans;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<FieldError> formErrors = new ArrayList<>();
        PlanSubmission submission = PlanForm.parse(execution.getVariables(), formErrors);
        PlanService.StoredVersion stored = UserInput.checked(() -> plans.storeVersion((Long) execution.getVariable(CASE_ID),
                (Integer) execution.getVariable(PLAN_BASE_VERSION), submission, formErrors,
                (String) execution.getVariable(CASE_DIRECTOR_PARTNER), currentCaller.userIdOrSystem()));
        execution.removeVariables(FORM_VARIABLES);
        execution.removeVariables(DISPLAY_VARIABLES);
        execution.setVariable(PLAN_VERSION, stored.version());
        execution.setVariable(PLAN_PARTNERS, DisplayValues.partners(stored.partnersToConfirm()));
        execution.setVariable(PLAN_FAMILY_APPROACH, stored.familyApproach());
    }
}
