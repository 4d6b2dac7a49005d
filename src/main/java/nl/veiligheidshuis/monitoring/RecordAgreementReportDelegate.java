package nl.veiligheidshuis.monitoring;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.monitoring.PlanMonitoringProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the partner's report in the transaction of its completion: a report without the explanation
 * it needs fails the completion with a message, and the form keeps its input. The explanation leaves the engine.
 */
@Component(RECORD_AGREEMENT_REPORT_DELEGATE)
class RecordAgreementReportDelegate implements JavaDelegate {

    private final AgreementTracker tracker;
    private final CurrentCaller currentCaller;

    RecordAgreementReportDelegate(AgreementTracker tracker, CurrentCaller currentCaller) {
        this.tracker = tracker;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AgreementState state = UserInput.checked(() -> tracker.report((Long) execution.getVariable(CASE_ID),
                (Integer) execution.getVariable(PLAN_VERSION), (String) execution.getVariable(AGREEMENT_KEY),
                (String) execution.getVariable(AGREEMENT_REPORT), (String) execution.getVariable(AGREEMENT_EXPLANATION),
                currentCaller.userIdOrSystem()));
        execution.removeVariable(AGREEMENT_EXPLANATION);
        execution.setVariable(AGREEMENT_STATE, state.name());
    }
}
