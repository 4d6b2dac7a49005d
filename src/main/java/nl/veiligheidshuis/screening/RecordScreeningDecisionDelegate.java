package nl.veiligheidshuis.screening;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.util.Date;
import nl.veiligheidshuis.organisation.Groups;
import nl.veiligheidshuis.screening.ScreeningService.ScreeningInput;
import nl.veiligheidshuis.screening.ScreeningService.ScreeningResult;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the screener's decision right after the screening task, in the same transaction: a decision
 * that overrides the test without a reason fails the completion with a message, and the form keeps its input.
 */
@Component("recordScreeningDecisionDelegate")
class RecordScreeningDecisionDelegate implements JavaDelegate {

    static final String DEFAULT_INFORMATION_DEADLINE = "P5D";

    private final ScreeningService screening;
    private final CurrentCaller currentCaller;

    RecordScreeningDecisionDelegate(ScreeningService screening, CurrentCaller currentCaller) {
        this.screening = screening;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScreeningInput input = new ScreeningInput((String) execution.getVariable(SCREENING_DECISION),
                (String) execution.getVariable(OVERRIDE_REASON), (String) execution.getVariable(CHOSEN_REFERRAL_ADVICE),
                (String) execution.getVariable(INFORMATION_REQUEST));
        ScreeningResult result = UserInput.checked(() -> screening.decide((Long) execution.getVariable(CASE_ID), input,
                currentCaller.userIdOrSystem(), Groups.PROCESS_DIRECTION));
        execution.setVariable(SCREENING_OUTCOME, result.outcome().name());
        if (result.referralAdvice() != null) {
            execution.setVariable(CHOSEN_REFERRAL_ADVICE, result.referralAdvice());
        }
        if (execution.getVariable(INFORMATION_DEADLINE) == null) {
            execution.setVariable(INFORMATION_DEADLINE, DEFAULT_INFORMATION_DEADLINE);
        }
        if (result.outcome() == ScreeningService.Outcome.INFORMATION_REQUESTED) {
            execution.setVariable(INFORMATION_DUE_DATE,
                    Date.from(screening.dueFromNow((String) execution.getVariable(INFORMATION_DEADLINE))));
        }
        execution.removeVariable(OVERRIDE_REASON);
    }
}
