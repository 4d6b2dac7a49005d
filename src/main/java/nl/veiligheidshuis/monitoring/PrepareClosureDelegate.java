package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the case closes: the partners involved now, who each receive the closing summary. */
@Component(PREPARE_CLOSURE_DELEGATE)
class PrepareClosureDelegate implements JavaDelegate {

    private final Closures closures;

    PrepareClosureDelegate(Closures closures) {
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CLOSING_PARTNERS, MonitoringValues.list(closures.partnersToInform((Long) execution.getVariable(CASE_ID))));
    }
}
