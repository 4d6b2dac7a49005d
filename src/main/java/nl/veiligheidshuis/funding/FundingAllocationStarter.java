package nl.veiligheidshuis.funding;

import java.util.Map;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the engine's side of the contribution: the national instance of a year (once: the round's row is unique per
 * year and shares the transaction with the start) and, once the national meeting has decided, the region parts, each
 * in its region's tenant. Callers check who may start; the engine calls run as the application.
 */
@Service
public class FundingAllocationStarter {

    /** The started year. */
    public record Started(int year, String businessKey, String processInstanceId, long roundId) {
    }

    private final FundingRounds rounds;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final AsApplication asApplication;

    FundingAllocationStarter(FundingRounds rounds, RuntimeService runtimeService, HistoryService historyService, AsApplication asApplication) {
        this.rounds = rounds;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.asApplication = asApplication;
    }

    @Transactional
    public Started start(int year, long totalCents, Map<String, Integer> weights, String by) {
        String businessKey = FundingAllocationProcess.businessKey(year);
        boolean startedBefore = rounds.exists(year) || asApplication.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(FundingAllocationProcess.KEY).processInstanceBusinessKey(businessKey).count() > 0);
        if (startedBefore) {
            throw new FundingYearExistsException(year);
        }
        long roundId;
        try {
            roundId = rounds.open(year, totalCents, weights, by);
        } catch (DataIntegrityViolationException concurrentStart) {
            throw new FundingYearExistsException(year);
        }
        String weightsText = String.join("\n", FundingInput.weightsText(weights).split(", "));
        String processInstanceId = asApplication.call(() -> runtimeService.createProcessInstanceByKey(FundingAllocationProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(businessKey)
                .setVariables(FundingAllocationProcess.nationalVariables(year, roundId, totalCents, weightsText))
                .execute()
                .getId());
        rounds.attachProcess(roundId, processInstanceId);
        return new Started(year, businessKey, processInstanceId, roundId);
    }

    /** One region part per share, in the region's tenant ({@code system.RegionTenantIdProvider}). */
    @Transactional
    public void startRegions(int year, long roundId, Iterable<FundingRounds.RegionShare> shares) {
        for (FundingRounds.RegionShare share : shares) {
            String processInstanceId = asApplication.call(() -> runtimeService.createProcessInstanceByKey(FundingAllocationProcess.KEY)
                    .processDefinitionWithoutTenantId()
                    .businessKey(FundingAllocationProcess.regionBusinessKey(year, share.region()))
                    .setVariables(FundingAllocationProcess.regionVariables(year, roundId, share.region(), share.amountCents(),
                            share.seatMunicipality()))
                    .execute()
                    .getId());
            rounds.attachRegionProcess(roundId, share.region(), processInstanceId);
        }
    }
}
