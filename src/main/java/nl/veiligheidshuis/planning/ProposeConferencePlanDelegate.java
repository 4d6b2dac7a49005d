package nl.veiligheidshuis.planning;

import nl.veiligheidshuis.organisation.Region;
import nl.veiligheidshuis.organisation.RegionRepository;

import static nl.veiligheidshuis.planning.ConferencePlanningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Overlegvoorstel maken": proposes the week's slots and gives the task form its summary (no personal data). */
@Component(PROPOSE_CONFERENCE_PLAN_DELEGATE)
class ProposeConferencePlanDelegate implements JavaDelegate {

    private final ConferencePlans plans;
    private final RegionRepository regions;

    ProposeConferencePlanDelegate(ConferencePlans plans, RegionRepository regions) {
        this.plans = plans;
        this.regions = regions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String region = (String) execution.getVariable(REGION);
        PlanningWeek week = PlanningWeek.parse((String) execution.getVariable(PLANNING_WEEK));
        ConferencePlans.Proposal proposal = plans.propose(region, week, execution.getProcessInstanceId());
        execution.setVariable(REGION_NAME, regions.findById(region).map(Region::getName).orElse(region));
        execution.setVariable(PLAN_ID, proposal.planId());
        execution.setVariable(SLOT_COUNT, proposal.slotCount());
        execution.setVariable(CASE_COUNT, proposal.caseCount());
        execution.setVariable(PLANNING_SUMMARY, proposal.summary());
        // a new proposal asks for a new decision
        execution.removeVariable(PLANNING_DECISION);
    }
}
