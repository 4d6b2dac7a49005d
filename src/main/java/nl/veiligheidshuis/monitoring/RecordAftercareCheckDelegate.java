package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and records the aftercare check in the transaction of its completion; the reopen reason leaves the engine. */
@Component(RECORD_AFTERCARE_CHECK_DELEGATE)
class RecordAftercareCheckDelegate implements JavaDelegate {

    private final Closures closures;
    private final CurrentCaller currentCaller;

    RecordAftercareCheckDelegate(Closures closures, CurrentCaller currentCaller) {
        this.closures = closures;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AftercareDecision decision = UserInput.checked(() -> closures.recordAftercare((Long) execution.getVariable(CASE_ID),
                (String) execution.getVariable(AFTERCARE_DECISION), (String) execution.getVariable(REOPEN_REASON),
                currentCaller.userIdOrSystem()));
        execution.removeVariable(REOPEN_REASON);
        execution.setVariable(AFTERCARE_DECISION, decision.name());
    }
}
