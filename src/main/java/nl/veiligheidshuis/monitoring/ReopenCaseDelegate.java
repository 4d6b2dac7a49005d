package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The situation is not stable: the case reopens (same number, history kept) with the case director's partner involved. */
@Component(REOPEN_CASE_DELEGATE)
class ReopenCaseDelegate implements JavaDelegate {

    private final Closures closures;

    ReopenCaseDelegate(Closures closures) {
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closures.reopen((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(CASE_DIRECTOR_PARTNER));
    }
}
