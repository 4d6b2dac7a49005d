package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case closes with the director's reason: every involvement ends (need to know). */
@Component(CLOSE_CASE_DELEGATE)
class CloseCaseDelegate implements JavaDelegate {

    private final Closures closures;
    private final CurrentCaller currentCaller;

    CloseCaseDelegate(Closures closures, CurrentCaller currentCaller) {
        this.closures = closures;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CASE_CLOSED_AT,
                MonitoringValues.date(closures.close((Long) execution.getVariable(CASE_ID), currentCaller.userIdOrSystem())));
    }
}
