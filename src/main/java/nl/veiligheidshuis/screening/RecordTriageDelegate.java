package nl.veiligheidshuis.screening;

import static nl.veiligheidshuis.casefile.CaseVariables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the outcome of complexity-criteria and triage-priority and sets the screening's due date and priority. */
@Component("recordTriageDelegate")
class RecordTriageDelegate implements JavaDelegate {

    private final ScreeningService screening;

    RecordTriageDelegate(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String priority = (String) execution.getVariable(PRIORITY);
        Instant due = screening.recordTriage((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(COMPLEXITY_OUTCOME),
                (String) execution.getVariable(REFERRAL_ADVICE), (String) execution.getVariable(COMPLEXITY_RATIONALE), priority,
                (String) execution.getVariable(SCREENING_DUE));
        execution.setVariable(SCREENING_DUE_DATE, Date.from(due));
        execution.setVariable(TASK_PRIORITY, ScreeningService.taskPriority(priority));
        execution.setVariable(REGION_NAME, screening.regionName((String) execution.getVariable(REGION)));
    }
}
