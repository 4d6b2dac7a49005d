package nl.veiligheidshuis.privacy;

import java.util.Date;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * Lets the engine's history of a case follow the application's retention: the history cleanup removes what has a
 * removal time in the past. At destruction the case's instances (lifecycle and the processes it called, which carry
 * the case number as business key) get "now", so the next cleanup window removes them; while an extension keeps the
 * case, their removal time is cleared, so the engine's own time-to-live does not remove them first. Runs as the
 * application (a batch in the caller's transaction).
 */
@Component
class EngineHistoryRemoval {

    private final HistoryService historyService;
    private final AsApplication asApplication;

    EngineHistoryRemoval(HistoryService historyService, AsApplication asApplication) {
        this.historyService = historyService;
        this.asApplication = asApplication;
    }

    void removeWithNextCleanup(String caseNumber, Date now) {
        asApplication.run(() -> {
            if (instancesOf(caseNumber).count() > 0) {
                historyService.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(now).byQuery(instancesOf(caseNumber))
                        .hierarchical().executeAsync();
            }
        });
    }

    void keep(String caseNumber) {
        asApplication.run(() -> {
            if (instancesOf(caseNumber).count() > 0) {
                historyService.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime().byQuery(instancesOf(caseNumber))
                        .hierarchical().executeAsync();
            }
        });
    }

    private HistoricProcessInstanceQuery instancesOf(String caseNumber) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber);
    }
}
