package nl.veiligheidshuis.funding;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Verdeling over locaties vastleggen": the steering group's split of the region's share over its locations. */
@Component(RECORD_LOCATION_SHARES_DELEGATE)
class RecordLocationSharesDelegate implements JavaDelegate {

    private final FundingRounds rounds;
    private final CurrentCaller currentCaller;

    RecordLocationSharesDelegate(FundingRounds rounds, CurrentCaller currentCaller) {
        this.rounds = rounds;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.decideLocations((Long) execution.getVariable(ROUND_ID), (String) execution.getVariable(REGION),
                (String) execution.getVariable(LOCATION_SPLIT), currentCaller.userIdOrSystem());
    }
}
