package nl.veiligheidshuis.lifecycle;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.casefile.CaseVariables.WITHDRAWAL_REASON;
import static nl.veiligheidshuis.casefile.CaseVariables.WITHDRAWN_BY;

import nl.veiligheidshuis.casefile.CaseFiles;
import nl.veiligheidshuis.casefile.CaseStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the withdrawal of a case by its referrer: closed with reason, involvement ended. */
@Component("withdrawCaseDelegate")
class WithdrawCaseDelegate implements JavaDelegate {

    private final CaseFiles caseFiles;

    WithdrawCaseDelegate(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object caseId = execution.getVariable(CASE_ID);
        if (caseId == null) {
            return; // withdrawn before registration completed: nothing was stored
        }
        String reason = String.valueOf(execution.getVariable(WITHDRAWAL_REASON));
        Object by = execution.getVariable(WITHDRAWN_BY);
        caseFiles.close((Long) caseId, CaseStatus.WITHDRAWN, "INGETROKKEN: " + reason, by == null ? "system" : by.toString());
        execution.removeVariable(WITHDRAWAL_REASON);
    }
}
