package nl.veiligheidshuis.area;

import static nl.veiligheidshuis.area.AreaApproachProcess.*;

import java.time.LocalDate;
import java.util.Date;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reactie bestuur opslaan": the response, its note and the follow-up date move into {@code vh_area_approach}; the
 * follow-up timer gets its date; the note leaves the engine.
 */
@Component(RECORD_ADMINISTRATOR_RESPONSE_DELEGATE)
class RecordAdministratorResponseDelegate implements JavaDelegate {

    private final AreaApproaches approaches;
    private final CurrentCaller currentCaller;

    RecordAdministratorResponseDelegate(AreaApproaches approaches, CurrentCaller currentCaller) {
        this.approaches = approaches;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long approachId = ((Number) execution.getVariable(APPROACH_ID)).longValue();
        LocalDate followUp = UserInput.checked(() -> approaches.recordResponse(approachId, AreaVariables.text(execution, ADMINISTRATOR_RESPONSE),
                AreaVariables.text(execution, RESPONSE_NOTE), AreaVariables.text(execution, FOLLOW_UP_ON), currentCaller.get()));
        execution.setVariable(FOLLOW_UP_DUE, Date.from(AreaApproaches.followUpMoment(followUp)));
        execution.removeVariable(RESPONSE_NOTE);
        execution.removeVariable(FOLLOW_UP_ON);
    }
}
