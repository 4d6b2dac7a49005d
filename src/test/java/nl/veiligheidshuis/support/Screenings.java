package nl.veiligheidshuis.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;

/** The screening of a referred case, done over engine REST as the region's process direction does it in Tasklist. */
public final class Screenings {

    private Screenings() {
    }

    /** Process direction of the region accepts the case's one open screening task; runs the engine's jobs after. */
    public static void accept(int port, ManagementService managementService, String region, String caseNumber) {
        Api processDirection = Api.as(port, "procesregie." + region);
        JsonNode screening = processDirection.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).body();
        assertThat(screening).as("the screening of " + caseNumber).hasSize(1);
        Api.Answer accepted = processDirection.post("/engine-rest/task/" + screening.get(0).get("id").asText() + "/complete",
                Map.of("variables", Map.of("screeningDecision", Map.of("value", "ACCEPT"))));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
    }
}
