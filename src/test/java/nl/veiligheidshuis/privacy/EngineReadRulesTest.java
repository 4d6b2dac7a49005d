package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import nl.veiligheidshuis.privacy.EngineReadRules.EngineRead;
import nl.veiligheidshuis.privacy.EngineReadRules.Scope;
import org.junit.jupiter.api.Test;

/** Which engine calls are content reads, where their case is found, and how channel and purpose are named. */
class EngineReadRulesTest {

    final EngineReadRules rules = new EngineReadRules("/camunda");

    private Optional<EngineRead> get(String path) {
        return get(path, Map.of());
    }

    private Optional<EngineRead> get(String path, Map<String, String> parameters) {
        return rules.classify("GET", path, parameters::get);
    }

    private Optional<EngineRead> post(String path) {
        return rules.classify("POST", path, name -> null);
    }

    @Test
    void theVariablesOfATaskProcessOrExecutionAreReadsFoundThroughTheIdInThePath() {
        assertThat(get("/camunda/api/engine/engine/default/task/t1/form-variables")).contains(new EngineRead(Scope.TASK, "t1",
                "variabelen van de taak", false));
        assertThat(get("/engine-rest/task/t1/variables/caseNumber")).contains(new EngineRead(Scope.TASK, "t1", "variabelen van de taak", true));
        assertThat(get("/engine-rest/engine/default/task/t1/localVariables/x/data").orElseThrow().id()).isEqualTo("t1");
        assertThat(get("/engine-rest/process-instance/p1/variables").orElseThrow().scope()).isEqualTo(Scope.PROCESS_INSTANCE);
        assertThat(get("/engine-rest/execution/e1/localVariables").orElseThrow().scope()).isEqualTo(Scope.EXECUTION);
        assertThat(get("/engine-rest/variable-instance/v1/data").orElseThrow().scope()).isEqualTo(Scope.VARIABLE_INSTANCE);
        assertThat(get("/engine-rest/history/variable-instance/v1/data").orElseThrow().scope()).isEqualTo(Scope.HISTORIC_VARIABLE_INSTANCE);
        assertThat(get("/engine-rest/history/detail/d1/data").orElseThrow().scope()).isEqualTo(Scope.HISTORIC_DETAIL);
        assertThat(get("/engine-rest//task//t1/form-variables/")).as("doubled and trailing slashes").isPresent();
    }

    @Test
    void queriesOfVariablesHistoryAndDecisionValuesAreReadsFoundInTheAnswer() {
        assertThat(get("/engine-rest/history/variable-instance").orElseThrow().scope()).isEqualTo(Scope.ANSWER);
        assertThat(get("/engine-rest/history/variable-instance/v1").orElseThrow().scope()).isEqualTo(Scope.ANSWER);
        assertThat(post("/camunda/api/engine/engine/default/variable-instance")).isPresent();
        assertThat(post("/camunda/api/engine/engine/default/history/detail")).isPresent();
        assertThat(get("/engine-rest/history/decision-instance", Map.of("includeInputs", "true"))).isPresent();
        assertThat(get("/engine-rest/history/decision-instance/d1", Map.of("includeOutputs", "true"))).isPresent();
    }

    @Test
    void listsCountsFormsWritesAndOtherPathsAreNoContentReads() {
        assertThat(get("/engine-rest/task")).isEmpty();
        assertThat(post("/camunda/api/engine/engine/default/task")).isEmpty();
        assertThat(post("/camunda/api/engine/engine/default/filter/f1/list")).isEmpty();
        assertThat(get("/engine-rest/task/t1")).isEmpty();
        assertThat(get("/engine-rest/task/t1/form")).isEmpty();
        assertThat(get("/engine-rest/task/t1/deployed-form")).isEmpty();
        assertThat(get("/engine-rest/history/variable-instance/count")).isEmpty();
        assertThat(post("/engine-rest/history/variable-instance/count")).isEmpty();
        assertThat(get("/engine-rest/variable-instance/count")).isEmpty();
        assertThat(get("/engine-rest/history/decision-instance")).as("without inputs or outputs").isEmpty();
        assertThat(post("/engine-rest/process-instance/p1/variables")).as("a change").isEmpty();
        assertThat(post("/engine-rest/task/t1/complete")).isEmpty();
        assertThat(get("/api/cases/VH-2026-000001")).as("logged by the application itself").isEmpty();
        assertThat(get("/camunda/api/cockpit/plugin/base/default/process-instance")).isEmpty();
        assertThat(get("/elders/engine-rest/task/t1/variables")).isEmpty();
    }

    @Test
    void theChannelIsEngineRestOrTheWebappThatAskedAndThePurposeSaysWhatWasRead() {
        EngineRead taskForm = get("/camunda/api/engine/engine/default/task/t1/form-variables").orElseThrow();
        EngineRead history = post("/camunda/api/engine/engine/default/history/variable-instance").orElseThrow();
        EngineRead rest = get("/engine-rest/task/t1/form-variables").orElseThrow();

        assertThat(EngineReadRules.channel(taskForm, "http://host/camunda/app/tasklist/default/")).isEqualTo(AccessLog.Channel.TASKLIST);
        assertThat(EngineReadRules.channel(taskForm, null)).isEqualTo(AccessLog.Channel.TASKLIST);
        assertThat(EngineReadRules.channel(history, "http://host/camunda/app/cockpit/default/")).isEqualTo(AccessLog.Channel.COCKPIT);
        assertThat(EngineReadRules.channel(history, null)).isEqualTo(AccessLog.Channel.COCKPIT);
        assertThat(EngineReadRules.channel(rest, "http://host/camunda/app/cockpit/default/")).isEqualTo(AccessLog.Channel.ENGINE_REST);

        assertThat(EngineReadRules.purpose(taskForm, AccessLog.Channel.TASKLIST)).isEqualTo("taak geopend in Tasklist");
        assertThat(EngineReadRules.purpose(history, AccessLog.Channel.TASKLIST)).isEqualTo("historie van de variabelen gelezen in Tasklist");
        assertThat(EngineReadRules.purpose(history, AccessLog.Channel.COCKPIT)).isEqualTo("historie van de variabelen bekeken in Cockpit");
        assertThat(EngineReadRules.purpose(rest, AccessLog.Channel.ENGINE_REST)).isEqualTo("variabelen van de taak gelezen via engine REST");
        for (AccessLog.Channel channel : AccessLog.Channel.values()) {
            assertThat(channel.name().length()).as("fits vh_access_log.channel").isLessThanOrEqualTo(16);
        }
    }
}
