package nl.veiligheidshuis.screening;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.time.Instant;
import java.util.Date;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the referrer's answer into the case file (with source partner and legal basis) and out of the engine. */
@Component("recordInformationDelegate")
class RecordInformationDelegate implements JavaDelegate {

    private final ScreeningService screening;
    private final CurrentCaller currentCaller;

    RecordInformationDelegate(ScreeningService screening, CurrentCaller currentCaller) {
        this.screening = screening;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UserInput.checked(() -> screening.recordInformation((Long) execution.getVariable(CASE_ID),
                (String) execution.getVariable(INFORMATION_ANSWER), (String) execution.getVariable(REFERRING_PARTNER),
                currentCaller.userIdOrSystem()));
        execution.removeVariable(INFORMATION_ANSWER);
        execution.removeVariable(INFORMATION_REQUEST);
        execution.removeVariable(INFORMATION_DUE_DATE);
        // the screener decides afresh on the completed referral, within a new screening term
        execution.removeVariable(SCREENING_DECISION);
        Instant due = screening.restartScreeningTerm((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(SCREENING_DUE));
        execution.setVariable(SCREENING_DUE_DATE, Date.from(due));
    }
}
