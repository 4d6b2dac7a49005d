package nl.veiligheidshuis.transfer;

import static nl.veiligheidshuis.transfer.CaseTransferProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Overdracht laten verlopen": the 20-day timer fired without a decision. */
@Component(EXPIRE_TRANSFER_DELEGATE)
class ExpireTransferDelegate implements JavaDelegate {

    private final Transfers transfers;

    ExpireTransferDelegate(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transfers.expire(((Number) execution.getVariable(TRANSFER_ID)).longValue());
        execution.setVariable(TRANSFER_OUTCOME, TransferStatus.EXPIRED.name());
    }
}
