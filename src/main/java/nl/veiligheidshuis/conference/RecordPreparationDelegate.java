package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves one partner's preparation into the case file (with source partner and legal basis) and the conference's
 * tables, in the completion's transaction (an incomplete form fails it), and removes the form's variables.
 */
@Component(RECORD_PREPARATION_DELEGATE)
class RecordPreparationDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final CurrentCaller currentCaller;

    RecordPreparationDelegate(ConferenceService conference, CurrentCaller currentCaller) {
        this.conference = conference;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UserInput.checked(() -> conference.recordPreparation((Long) execution.getVariable(CONFERENCE_ID), (String) execution.getVariable(PARTNER),
                Preparation.of(FormValues.text(execution.getVariable(PREPARATION_INFORMATION)),
                        FormValues.text(execution.getVariable(PREPARATION_LEGAL_BASIS)),
                        FormValues.text(execution.getVariable(PREPARATION_LEGAL_BASIS_OTHER)),
                        FormValues.text(execution.getVariable(PREPARATION_CURRENT_INVOLVEMENT)),
                        FormValues.text(execution.getVariable(ATTENDEE_NAME)), FormValues.text(execution.getVariable(ATTENDEE_FUNCTION)),
                        FormValues.ticked(execution.getVariable(ATTENDEE_HAS_MANDATE))),
                currentCaller.userIdOrSystem()));
        PREPARATION_FORM_FIELDS.forEach(execution::removeVariable);
    }
}
