package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import nl.veiligheidshuis.conference.ConferenceService.RecordContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the preparation: proposes the case director (§5.4) and sets what the record form shows, the select's
 * prefill {@code caseDirectorPartner} included, and how many partners did not prepare (the gateway's question).
 */
@Component(PROPOSE_CASE_DIRECTOR_DELEGATE)
class ProposeCaseDirectorDelegate implements JavaDelegate {

    private final ConferenceService conference;

    ProposeCaseDirectorDelegate(ConferenceService conference) {
        this.conference = conference;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordContext context = conference.prepareRecord((Long) execution.getVariable(CONFERENCE_ID));
        execution.setVariable(CONFERENCE_OVERVIEW, FormValues.json(context.overview()));
        execution.setVariable(CONFERENCE_PARTNER_OPTIONS, FormValues.json(context.participants()));
        execution.setVariable(PROPOSED_CASE_DIRECTOR_PARTNER, context.proposal().partner());
        execution.setVariable(CASE_DIRECTOR_RATIONALE, context.proposal().rationale());
        execution.setVariable(CASE_DIRECTOR_PARTNER, context.proposal().partner());
        execution.setVariable(NOT_PREPARED_COUNT, context.notPreparedNames().size());
        execution.setVariable(NOT_PREPARED_PARTNER_NAMES, String.join(", ", context.notPreparedNames()));
    }
}
