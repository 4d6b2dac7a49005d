package nl.veiligheidshuis.screening;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.casefile.CaseVariables.SCREENING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No answer within the deadline: the case closes as incomplete (the referrer is told by a task). */
@Component("closeIncompleteDelegate")
class CloseIncompleteDelegate implements JavaDelegate {

    private final ScreeningService screening;

    CloseIncompleteDelegate(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screening.closeIncomplete((Long) execution.getVariable(CASE_ID));
        execution.setVariable(SCREENING_OUTCOME, ScreeningService.Outcome.INCOMPLETE.name());
    }
}
