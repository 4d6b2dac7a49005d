package nl.veiligheidshuis.funding;

import static nl.veiligheidshuis.funding.FundingAllocationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Verdeling Rijksbijdrage vaststellen": refuses, with a message, a wrong total or wrong weights. */
@Component(NATIONAL_SPLIT_CHECK)
class NationalSplitCheck implements TaskListener {

    private final FundingRounds rounds;

    NationalSplitCheck(FundingRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            rounds.checkNationalSplit((String) task.getVariable(TOTAL_AMOUNT), (String) task.getVariable(WEIGHTS));
        } catch (FundingInput.WrongInput wrong) {
            throw new BadUserRequestException(wrong.getMessage());
        }
    }
}
