package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.casefile.CaseVariables.CASE_ID;
import static nl.veiligheidshuis.casefile.CaseVariables.CASE_TYPE;
import static nl.veiligheidshuis.conference.ConferenceProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.conference.ConferenceService.ProposalView;
import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores partner-selection's rows, with why each partner is proposed, and sets what the participants form shows. */
@Component(RECORD_PARTNER_PROPOSAL_DELEGATE)
class RecordPartnerProposalDelegate implements JavaDelegate {

    private final ConferenceService conference;
    private final DeployedPartnerSelection selection;
    private final CurrentCaller currentCaller;

    RecordPartnerProposalDelegate(ConferenceService conference, DeployedPartnerSelection selection, CurrentCaller currentCaller) {
        this.conference = conference;
        this.selection = selection;
        this.currentCaller = currentCaller;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CASE_TYPE, execution.getVariable(CASE_TYPE));
        INDICATORS.forEach(indicator -> inputs.put(indicator, execution.getVariable(indicator)));
        List<PartnerProposal.Hit> hits = ((List<Map<String, Object>>) execution.getVariable(PARTNER_SELECTION)).stream()
                .map(row -> new PartnerProposal.Hit((String) row.get("partner"), (String) row.get("attendance"))).toList();
        Map<String, List<String>> reasons = selection.forProcessDefinition(execution.getProcessDefinitionId()).reasons(inputs);
        ProposalView proposal = conference.propose((Long) execution.getVariable(CASE_ID), execution.getProcessInstanceId(), hits, reasons,
                currentCaller.userIdOrSystem());
        execution.setVariable(CONFERENCE_ID, proposal.conferenceId());
        execution.setVariable(PARTNER_PROPOSAL, FormValues.json(proposal.lines()));
        execution.setVariable(ADDABLE_PARTNERS, FormValues.json(proposal.addable()));
        execution.setVariable(DROPPABLE_PARTNERS, FormValues.json(proposal.droppable()));
        execution.removeVariable(PARTNER_SELECTION);
    }
}
