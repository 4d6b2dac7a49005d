package nl.veiligheidshuis.conference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The explanation of partner-selection for the table version deployed with the running process (deployment
 * binding, as the business rule task evaluates it). Parsed once per decision definition.
 */
@Component
class DeployedPartnerSelection {

    private final RepositoryService repositoryService;
    private final Map<String, PartnerSelectionExplanation> explanations = new ConcurrentHashMap<>();

    DeployedPartnerSelection(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    PartnerSelectionExplanation forProcessDefinition(String processDefinitionId) {
        String deploymentId = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId)
                .decisionDefinitionKey(ConferenceProcess.DECISION_PARTNER_SELECTION).singleResult();
        if (decision == null) {
            throw new IllegalStateException("No " + ConferenceProcess.DECISION_PARTNER_SELECTION + " in deployment " + deploymentId);
        }
        return explanations.computeIfAbsent(decision.getId(),
                id -> new PartnerSelectionExplanation(repositoryService.getDmnModelInstance(id)));
    }
}
