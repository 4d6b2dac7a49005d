package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import nl.veiligheidshuis.monitoring.AgreementTracking.Trigger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Both escalation steps of an agreement: not reported within the grace period, or reported not done. The tracker
 * escalates each tracked agreement once, whichever step comes first.
 */
@Component(ESCALATE_AGREEMENT_DELEGATE)
class EscalateAgreementDelegate implements JavaDelegate {

    private final AgreementTracker tracker;

    EscalateAgreementDelegate(AgreementTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Trigger trigger = SERVICE_TASK_ESCALATE_OVERDUE_AGREEMENT.equals(execution.getCurrentActivityId()) ? Trigger.OVERDUE : Trigger.NOT_DONE;
        tracker.escalate((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION),
                (String) execution.getVariable(AGREEMENT_KEY), trigger);
    }
}
