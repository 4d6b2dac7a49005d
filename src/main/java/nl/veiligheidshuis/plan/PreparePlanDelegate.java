package nl.veiligheidshuis.plan;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.plan.ActionPlanProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before the draft and before a revision: the latest version of the case's plan prefills the form and is shown
 * with its rejections; a case without a plan starts empty. The prefill is personal: kept out of history and
 * removed again when the version is stored.
 */
@Component("preparePlanDelegate")
class PreparePlanDelegate implements JavaDelegate {

    private final PlanService plans;

    PreparePlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(CASE_DIRECTOR_PARTNER) == null) {
            throw new IllegalStateException(KEY + " needs " + CASE_DIRECTOR_PARTNER + " (set by case-conference)");
        }
        PlanService.PlanDraft draft = plans.prepare((Long) execution.getVariable(CASE_ID));
        execution.setVariable(PLAN_BASE_VERSION, draft.baseVersion());
        execution.setVariable(PLAN_PREFILLED_SLOTS, draft.prefilledSlots());
        draft.prefill().forEach((name, value) -> execution.setVariable(name, value instanceof List<?> list ? DisplayValues.json(list) : value));
        execution.setVariable(PLAN_CURRENT_AGREEMENTS, draft.currentAgreements() == null ? null : DisplayValues.json(draft.currentAgreements()));
        execution.setVariable(PLAN_REJECTIONS, draft.rejections() == null || draft.rejections().isEmpty() ? null
                : DisplayValues.json(draft.rejections()));
    }
}
