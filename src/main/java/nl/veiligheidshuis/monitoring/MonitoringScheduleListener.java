package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Status projection only (idempotent): when the evaluation timer or the aftercare timer starts waiting, the case
 * status shows when it falls due. The timers themselves read the interval; this listener routes nothing.
 */
@Component(MONITORING_SCHEDULE_LISTENER)
class MonitoringScheduleListener implements ExecutionListener {

    private final CaseStatusProjection projection;

    MonitoringScheduleListener(CaseStatusProjection projection) {
        this.projection = projection;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String interval = INTERMEDIATE_CATCH_EVENT_AFTERCARE_DUE.equals(execution.getCurrentActivityId()) ? AFTERCARE_CHECK_AFTER
                : EVALUATION_INTERVAL;
        projection.scheduleNext((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(interval));
    }
}
