package nl.veiligheidshuis.transfer;

import static nl.veiligheidshuis.transfer.CaseTransferProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Afwijzing vastleggen": in the transaction of the declining assessment; a decline without a reason fails the
 * completion with a message. The reason moves into {@code vh_case_transfer} and leaves the engine.
 */
@Component(RECORD_TRANSFER_DECLINE_DELEGATE)
class RecordTransferDeclineDelegate implements JavaDelegate {

    private final Transfers transfers;
    private final CurrentCaller currentCaller;

    RecordTransferDeclineDelegate(Transfers transfers, CurrentCaller currentCaller) {
        this.transfers = transfers;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long transferId = ((Number) execution.getVariable(TRANSFER_ID)).longValue();
        Object reason = execution.getVariable(DECLINE_REASON);
        UserInput.checked(() -> transfers.decline(transferId, reason == null ? null : reason.toString(), currentCaller.get()));
        execution.setVariable(TRANSFER_OUTCOME, TransferStatus.DECLINED.name());
        execution.removeVariable(DECLINE_REASON);
    }
}
