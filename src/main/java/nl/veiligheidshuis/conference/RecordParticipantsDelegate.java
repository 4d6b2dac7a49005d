package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and stores process direction's choice of participants in the completion's transaction (a change without
 * reason, or dropping the municipality, fails the completion with a message) and sets the multi-instance collection.
 */
@Component(RECORD_PARTICIPANTS_DELEGATE)
class RecordParticipantsDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final CurrentCaller currentCaller;

    RecordParticipantsDelegate(ConferenceService conference, CurrentCaller currentCaller) {
        this.conference = conference;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> participants = UserInput.checked(() -> conference.chooseParticipants((Long) execution.getVariable(CONFERENCE_ID),
                FormValues.strings(ADDED_PARTNERS, execution.getVariable(ADDED_PARTNERS)),
                FormValues.strings(DROPPED_PARTNERS, execution.getVariable(DROPPED_PARTNERS)),
                FormValues.texts(CHANGE_REASONS, execution.getVariable(CHANGE_REASONS)), currentCaller.userIdOrSystem()));
        execution.setVariable(CONFERENCE_PARTNERS, FormValues.collection(participants));
        execution.setVariable(PARTICIPANT_NAMES, conference.namesOf(participants));
        List.of(ADDED_PARTNERS, DROPPED_PARTNERS, CHANGE_REASONS, PARTNER_PROPOSAL, ADDABLE_PARTNERS, DROPPABLE_PARTNERS)
                .forEach(execution::removeVariable);
    }
}
