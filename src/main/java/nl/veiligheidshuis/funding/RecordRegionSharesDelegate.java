package nl.veiligheidshuis.funding;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;

import java.util.List;
import nl.veiligheidshuis.system.CurrentCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Regiobijdragen vastleggen": the national meeting's total and weights become the 25 regions' shares. */
@Component(RECORD_REGION_SHARES_DELEGATE)
class RecordRegionSharesDelegate implements JavaDelegate {

    private final FundingRounds rounds;
    private final CurrentCaller currentCaller;

    RecordRegionSharesDelegate(FundingRounds rounds, CurrentCaller currentCaller) {
        this.rounds = rounds;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<FundingRounds.RegionShare> shares = rounds.decideRegionShares((Long) execution.getVariable(ROUND_ID),
                (String) execution.getVariable(TOTAL_AMOUNT), (String) execution.getVariable(WEIGHTS), currentCaller.userIdOrSystem());
        execution.setVariable(FUNDING_SUMMARY, FundingRounds.summary(shares));
    }
}
