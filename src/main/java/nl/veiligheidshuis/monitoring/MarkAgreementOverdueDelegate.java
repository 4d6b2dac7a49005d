package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The due date passed without a report: the agreement counts as overdue in the case status. */
@Component(MARK_AGREEMENT_OVERDUE_DELEGATE)
class MarkAgreementOverdueDelegate implements JavaDelegate {

    private final AgreementTracker tracker;

    MarkAgreementOverdueDelegate(AgreementTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tracker.markOverdue((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION),
                (String) execution.getVariable(AGREEMENT_KEY));
    }
}
