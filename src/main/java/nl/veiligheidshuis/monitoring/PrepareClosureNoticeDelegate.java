package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One partner's closing notice: the summary as a local variable of the notice's instance, gone with it (and never
 * in history: a personal variable); the notice's own answer declared locally.
 */
@Component(PREPARE_CLOSURE_NOTICE_DELEGATE)
class PrepareClosureNoticeDelegate implements JavaDelegate {

    private final Closures closures;

    PrepareClosureNoticeDelegate(Closures closures) {
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(CLOSING_SUMMARY,
                closures.summaryFor((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(CLOSING_PARTNER)));
        execution.setVariableLocal(CLOSURE_NOTICED, null);
    }
}
