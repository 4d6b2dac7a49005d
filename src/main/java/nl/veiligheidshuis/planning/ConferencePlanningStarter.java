package nl.veiligheidshuis.planning;

import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code conference-planning} for one region and week, at most once: the planning's row (unique per region and
 * week) and the process start share one transaction, so a second start, also a concurrent one, fails with
 * {@link PlanningAlreadyStartedException} and stores nothing. The instance carries the region as tenant and
 * {@code <region>-<week>} as business key. Callers check who may start it; the engine call runs as the application.
 */
@Service
public class ConferencePlanningStarter {

    /** The started planning. */
    public record Started(String region, String week, String businessKey, String processInstanceId, long planId) {
    }

    private final ConferencePlans plans;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final AsApplication asApplication;

    ConferencePlanningStarter(ConferencePlans plans, RuntimeService runtimeService, HistoryService historyService, AsApplication asApplication) {
        this.plans = plans;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.asApplication = asApplication;
    }

    @Transactional
    public Started start(String region, PlanningWeek week) {
        String businessKey = ConferencePlanningProcess.businessKey(region, week);
        boolean startedBefore = plans.exists(region, week) || asApplication.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ConferencePlanningProcess.KEY).processInstanceBusinessKey(businessKey).count() > 0);
        if (startedBefore) {
            throw new PlanningAlreadyStartedException(region, week);
        }
        long planId;
        try {
            planId = plans.open(region, week);
        } catch (DataIntegrityViolationException concurrentStart) {
            throw new PlanningAlreadyStartedException(region, week);
        }
        String processInstanceId = asApplication.call(() -> runtimeService.createProcessInstanceByKey(ConferencePlanningProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(businessKey)
                .setVariables(ConferencePlanningProcess.startVariables(region, week))
                .execute()
                .getId());
        return new Started(region, week.toString(), businessKey, processInstanceId, planId);
    }
}
