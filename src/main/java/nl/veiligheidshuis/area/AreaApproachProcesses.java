package nl.veiligheidshuis.area;

import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts {@code area-approach} as the application, after {@link AreaApproaches#start} has checked the caller; the
 * tenant is the case's region ({@code RegionTenantIdProvider} reads the {@code region} variable).
 */
@Component
class AreaApproachProcesses {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    AreaApproachProcesses(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /** @return the process instance id */
    String start(AreaApproach approach, String areaName) {
        return asApplication.call(() -> runtimeService.createProcessInstanceByKey(AreaApproachProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(approach.getCaseNumber())
                .setVariables(AreaApproachProcess.startVariables(approach, areaName))
                .execute()
                .getId());
    }
}
