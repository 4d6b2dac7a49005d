package nl.veiligheidshuis.transfer;

import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts {@code case-transfer} in the target region. It runs as the application, after {@link Transfers} has checked
 * the caller: the origin region's process director does not belong to the target region's tenant, which is exactly
 * where the instance must live so that the receiving process direction gets the task.
 */
@Component
class TransferProcesses {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    TransferProcesses(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /** @return the process instance id */
    String start(CaseTransfer transfer, String originRegionName) {
        return asApplication.call(() -> runtimeService.createProcessInstanceByKey(CaseTransferProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(transfer.getOriginCaseNumber())
                .setVariables(CaseTransferProcess.startVariables(transfer, originRegionName))
                .execute()
                .getId());
    }
}
