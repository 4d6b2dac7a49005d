package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First step: forgets a previous run's answers, and loads the fixed plan version's agreements to follow. */
@Component(PREPARE_MONITORING_DELEGATE)
class PrepareMonitoringDelegate implements JavaDelegate {

    private final AgreementTracker tracker;

    PrepareMonitoringDelegate(AgreementTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.removeVariables(PREVIOUS_RUN_VARIABLES);
        execution.setVariable(AGREEMENT_KEYS,
                MonitoringValues.list(tracker.start((Long) execution.getVariable(CASE_ID), (Integer) execution.getVariable(PLAN_VERSION))));
    }
}
