package nl.veiligheidshuis.agenda;

import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one place where the agenda feature asks the engine about its instances (as the application, after its own checks). */
@Component
class AgendaProcesses {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    AgendaProcesses(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    /** Whether an instance of {@code regional-agenda} other than {@code ownId} (may be null) runs with this business key. */
    boolean runsElsewhere(String businessKey, String ownId) {
        return asApplication.call(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(RegionalAgendaProcess.KEY)
                .processInstanceBusinessKey(businessKey).list().stream().anyMatch(instance -> !instance.getId().equals(ownId)));
    }

    /** Starts the process for the region and period, as the application; returns the instance id. */
    String start(String region, AgendaPeriod period) {
        return asApplication.call(() -> runtimeService.createProcessInstanceByKey(RegionalAgendaProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(RegionalAgendaProcess.businessKey(region, period))
                .setVariables(RegionalAgendaProcess.startVariables(region, period))
                .execute()
                .getId());
    }
}
