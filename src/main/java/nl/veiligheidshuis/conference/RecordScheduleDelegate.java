package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import java.util.Date;
import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks and stores the planning in the completion's transaction and sets the dates the timers and tasks use. */
@Component(RECORD_SCHEDULE_DELEGATE)
class RecordScheduleDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final CurrentCaller currentCaller;

    RecordScheduleDelegate(ConferenceService conference, CurrentCaller currentCaller) {
        this.conference = conference;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConferenceSchedule schedule = UserInput.checked(() -> conference.schedule((Long) execution.getVariable(CONFERENCE_ID),
                FormValues.text(execution.getVariable(CONFERENCE_DATE)), FormValues.text(execution.getVariable(CONFERENCE_TIME)),
                FormValues.text(execution.getVariable(CONFERENCE_MODE)), FormValues.text(execution.getVariable(CONFERENCE_LOCATION)),
                currentCaller.userIdOrSystem()));
        execution.setVariable(CONFERENCE_AT, Date.from(schedule.conferenceAt()));
        execution.setVariable(PREPARATION_DUE, Date.from(schedule.preparationDue()));
        execution.setVariable(PREPARATION_REMINDER_AT, Date.from(schedule.reminderAt()));
        execution.setVariable(RECORD_DUE, Date.from(schedule.recordDue()));
        execution.setVariable(CONFERENCE_MOMENT, schedule.moment());
        execution.setVariable(PREPARATION_DUE_TEXT, schedule.preparationDueText());
        List.of(CONFERENCE_DATE, CONFERENCE_TIME, CONFERENCE_MODE, CONFERENCE_LOCATION).forEach(execution::removeVariable);
    }
}
