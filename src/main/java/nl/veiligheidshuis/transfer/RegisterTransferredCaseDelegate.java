package nl.veiligheidshuis.transfer;

import static nl.veiligheidshuis.transfer.CaseTransferProcess.*;

import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Casus in ontvangende regio registreren": right after the accepting assessment, in its transaction and as the
 * accepting process director, so a case the intake refuses fails the completion with its message.
 */
@Component(REGISTER_TRANSFERRED_CASE_DELEGATE)
class RegisterTransferredCaseDelegate implements JavaDelegate {

    private final Transfers transfers;
    private final CurrentCaller currentCaller;

    RegisterTransferredCaseDelegate(Transfers transfers, CurrentCaller currentCaller) {
        this.transfers = transfers;
        this.currentCaller = currentCaller;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long transferId = ((Number) execution.getVariable(TRANSFER_ID)).longValue();
        String newCaseNumber = UserInput.checked(() -> transfers.accept(transferId, currentCaller.get()));
        execution.setVariable(NEW_CASE_NUMBER, newCaseNumber);
        execution.setVariable(TRANSFER_OUTCOME, TransferStatus.ACCEPTED.name());
        execution.removeVariable(DECLINE_REASON);
    }
}
