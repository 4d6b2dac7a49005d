package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The preparation deadline passed: this partner is recorded as not prepared; the conference goes on without it. */
@Component(MARK_PARTNER_ABSENT_DELEGATE)
class MarkPartnerAbsentDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final CurrentCaller currentCaller;

    MarkPartnerAbsentDelegate(ConferenceService conference, CurrentCaller currentCaller) {
        this.conference = conference;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        conference.markNotPrepared((Long) execution.getVariable(CONFERENCE_ID), (String) execution.getVariable(PARTNER),
                currentCaller.userIdOrSystem());
    }
}
