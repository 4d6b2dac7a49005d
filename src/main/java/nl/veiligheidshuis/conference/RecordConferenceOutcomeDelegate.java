package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and stores the record of the conference in the completion's transaction and sets the case director for
 * action-plan ({@code caseDirectorPartner}, {@code caseDirectorUser}); the record's texts and the display variables
 * leave the engine.
 */
@Component(RECORD_CONFERENCE_OUTCOME_DELEGATE)
class RecordConferenceOutcomeDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final CurrentCaller currentCaller;

    RecordConferenceOutcomeDelegate(ConferenceService conference, CurrentCaller currentCaller) {
        this.conference = conference;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConferenceRecord record = UserInput.checked(() -> conference.record((Long) execution.getVariable(CONFERENCE_ID),
                FormValues.strings(PRESENT_PARTNERS, execution.getVariable(PRESENT_PARTNERS)),
                FormValues.strings(MANDATED_PARTNERS, execution.getVariable(MANDATED_PARTNERS)),
                FormValues.text(execution.getVariable(SYSTEM_ANALYSIS)), FormValues.text(execution.getVariable(FAMILY_MEMBERS_AT_RISK)),
                FormValues.text(execution.getVariable(CONFERENCE_DECISIONS)), FormValues.text(execution.getVariable(CASE_DIRECTOR_PARTNER)),
                FormValues.text(execution.getVariable(CASE_DIRECTOR_USER)), currentCaller.userIdOrSystem()));
        execution.setVariable(CASE_DIRECTOR_PARTNER, record.caseDirectorPartner());
        execution.setVariable(CASE_DIRECTOR_USER, record.caseDirectorUser());
        List.of(PRESENT_PARTNERS, MANDATED_PARTNERS, SYSTEM_ANALYSIS, FAMILY_MEMBERS_AT_RISK, CONFERENCE_DECISIONS, CONFERENCE_OVERVIEW,
                CONFERENCE_PARTNER_OPTIONS, PROPOSED_CASE_DIRECTOR_PARTNER, CASE_DIRECTOR_RATIONALE, NOT_PREPARED_PARTNER_NAMES,
                CONFERENCE_MOMENT, PREPARATION_DUE_TEXT, PARTICIPANT_NAMES, PREPARATION_REMINDER_AT, RECORD_DUE).forEach(execution::removeVariable);
    }
}
