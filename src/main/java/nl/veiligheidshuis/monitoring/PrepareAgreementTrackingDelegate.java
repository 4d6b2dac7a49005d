package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import nl.veiligheidshuis.monitoring.AgreementTracker.TrackedAgreement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of one agreement's tracking: its partner, dates and display values as local variables of the instance,
 * and the forms' variables declared locally, so that each partner's report stays in its own instance (a task
 * completion writes a variable into the nearest scope that has it) and 30 reports do not collide.
 */
@Component(PREPARE_AGREEMENT_TRACKING_DELEGATE)
class PrepareAgreementTrackingDelegate implements JavaDelegate {

    private final AgreementTracker tracker;

    PrepareAgreementTrackingDelegate(AgreementTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrackedAgreement agreement = tracker.prepare((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION),
                (String) execution.getVariable(AGREEMENT_KEY));
        execution.setVariableLocal(AGREEMENT_PARTNER, agreement.partner());
        execution.setVariableLocal(AGREEMENT_DUE_DATE, MonitoringValues.date(agreement.dueAt()));
        execution.setVariableLocal(AGREEMENT_REMINDER_DATE, MonitoringValues.date(agreement.reminderAt()));
        execution.setVariableLocal(AGREEMENT_ESCALATION_DATE, MonitoringValues.date(agreement.escalationAt()));
        execution.setVariableLocal(AGREEMENT_SUMMARY, MonitoringValues.json(agreement.summary()));
        execution.setVariableLocal(AGREEMENT_REPORT, null);
        execution.setVariableLocal(AGREEMENT_EXPLANATION, null);
        execution.setVariableLocal(AGREEMENT_STATE, null);
        execution.setVariableLocal(REMINDER_NOTICED, null);
    }
}
