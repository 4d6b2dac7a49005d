package nl.veiligheidshuis.funding;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Verdeling over locaties vaststellen": refuses, with every broken rule, a split that does not add up to
 * the region's share exactly or breaks the rules of {@link FundingSplit#checkLocations}; the task stays.
 */
@Component(LOCATION_SPLIT_CHECK)
class LocationSplitCheck implements TaskListener {

    private final FundingRounds rounds;

    LocationSplitCheck(FundingRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            rounds.checkLocations((Long) task.getVariable(ROUND_ID), (String) task.getVariable(REGION), (String) task.getVariable(LOCATION_SPLIT));
        } catch (FundingInput.WrongInput wrong) {
            throw new BadUserRequestException(LOCATION_SPLIT + ": " + wrong.getMessage());
        }
    }
}
