package nl.veiligheidshuis.funding;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Regio's vragen de bijdrage over locaties te verdelen": one region part per region, in the region's tenant. */
@Component(START_REGION_SPLITS_DELEGATE)
class StartRegionSplitsDelegate implements JavaDelegate {

    private final FundingRounds rounds;
    private final FundingAllocationStarter starter;

    StartRegionSplitsDelegate(FundingRounds rounds, FundingAllocationStarter starter) {
        this.rounds = rounds;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = (Long) execution.getVariable(ROUND_ID);
        int year = (Integer) execution.getVariable(FUNDING_YEAR);
        starter.startRegions(year, roundId, rounds.shares(roundId));
    }
}
