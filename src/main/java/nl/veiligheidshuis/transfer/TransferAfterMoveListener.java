package nl.veiligheidshuis.transfer;

import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.monitoring.PlanMonitoringProcess;
import nl.veiligheidshuis.system.CurrentCaller;
import nl.veiligheidshuis.system.UserInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The hook in {@code plan-monitoring}: when process direction completes "Overdracht aan andere regio regelen"
 * ({@code UserTask_ArrangeTransfer}) after a closing because the person moved, the handover to the region the case
 * director named starts, as that process director and in the completion's transaction (the engine publishes task
 * events to Spring: {@code camunda.bpm.eventing.task}, on by default). An open transfer of the case is left alone.
 */
@Component
class TransferAfterMoveListener {

    private final Transfers transfers;
    private final CurrentCaller currentCaller;

    TransferAfterMoveListener(Transfers transfers, CurrentCaller currentCaller) {
        this.transfers = transfers;
        this.currentCaller = currentCaller;
    }

    @EventListener
    public void onArrangeTransferCompleted(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || !PlanMonitoringProcess.USER_TASK_ARRANGE_TRANSFER.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Object caseNumber = task.getVariable(CaseVariables.CASE_NUMBER);
        Object target = task.getVariable(PlanMonitoringProcess.CLOSE_TARGET_REGION);
        if (caseNumber == null || target == null || Boolean.FALSE.equals(task.getVariable(PlanMonitoringProcess.TRANSFER_ARRANGED))) {
            return;
        }
        UserInput.checked(() -> transfers.requestAfterMove(caseNumber.toString(), target.toString(), currentCaller.get()));
    }
}
