package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regional agenda through the API and engine REST: the VH manager of Utrecht starts and drafts it, the steering group
 * of Utrecht adopts it, every user of Utrecht reads it; other regions and other groups are refused; a bad period gets
 * 400, a second start while the agenda of that period runs 409.
 */
@IntegrationTest
class RegionalAgendaApiTest {

    static final String UTRECHT = "/api/regions/utrecht/agenda";
    /**
     * Engine REST answers a completion that a delegate or task listener refuses (BadUserRequestException) with 500 and
     * the refusal's message ("Cannot complete task ...: <reason>"), as in CaseConferenceIntegrationTest; the task stays.
     */
    static final int REST_COMPLETION_REFUSED = 500;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    static Map<String, Object> engineVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    static Map<String, Object> row(int slot, String theme, String description, String targetGroup, String lead) {
        return Map.of("priorityTheme" + slot, theme, "priorityDescription" + slot, description, "priorityTargetGroup" + slot, targetGroup,
                "priorityLeadPartner" + slot, lead);
    }

    Task taskOf(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    @Test
    void theVhManagerStartsAndDraftsTheSteeringGroupAdoptsAndEveryoneOfTheRegionReadsIt() {
        Api manager = Api.as(port, "vh-manager.utrecht");

        Api.Answer started = manager.post(UTRECHT, Map.of("period", "2031"));

        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        assertThat(started.body().path("businessKey").asText()).isEqualTo("utrecht-2031");
        String processInstanceId = started.body().path("processInstanceId").asText();
        Task draft = taskOf(processInstanceId);
        assertThat(draft.getName()).isEqualTo("Concept-agenda opstellen — 2031");
        assertThat(draft.getTenantId()).isEqualTo("utrecht");

        // a draft that names a theme twice is refused; the task stays
        Map<String, Object> twice = new HashMap<>(row(1, "DOMESTIC_VIOLENCE", "Eén aanpak per gezin", "Gezinnen met herhaald geweld", "gemeente"));
        twice.putAll(row(2, "DOMESTIC_VIOLENCE", "Nog eens", "Gezinnen", "politie"));
        Api.Answer refused = manager.post("/engine-rest/task/" + draft.getId() + "/complete", engineVariables(twice));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(refused.raw()).contains("staat al hoger op de agenda");
        assertThat(taskOf(processInstanceId).getTaskDefinitionKey()).isEqualTo(RegionalAgendaProcess.USER_TASK_DRAFT_AGENDA);

        Map<String, Object> rows = new HashMap<>(row(1, "SUBVERSIVE_CRIME", "Ondermijning in bedrijventerreinen samen aanpakken",
                "Ondernemers en panden op bedrijventerreinen", "politie"));
        rows.putAll(row(2, "DOMESTIC_VIOLENCE", "Eén aanpak per gezin bij herhaald geweld", "Gezinnen met herhaald huiselijk geweld", "gemeente"));
        Api.Answer drafted = manager.post("/engine-rest/task/" + draft.getId() + "/complete", engineVariables(rows));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(204);
        assertThat(runtimeService.getVariables(processInstanceId)).doesNotContainKeys("priorityTheme1", "priorityDescription1");

        Task adopt = taskOf(processInstanceId);
        assertThat(adopt.getName()).isEqualTo("Strategische agenda vaststellen — 2031");
        // the VH manager cannot adopt; the steering group of another region cannot either
        assertThat(manager.post("/engine-rest/task/" + adopt.getId() + "/complete",
                engineVariables(Map.of("agendaDecision", "ADOPT"))).status()).isIn(403, 404);
        Api.Answer otherRegion = Api.as(port, "stuurgroep.rotterdam-rijnmond").post("/engine-rest/task/" + adopt.getId() + "/complete",
                engineVariables(Map.of("agendaDecision", "ADOPT")));
        // engine REST answers the tenant check on completion with 500 and its message (ENGINE-13034)
        assertThat(otherRegion.status()).as(otherRegion.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(otherRegion.raw()).contains("belongs to no authenticated tenant");
        assertThat(taskOf(processInstanceId).getId()).isEqualTo(adopt.getId());
        Api.Answer adopted = Api.as(port, "stuurgroep.utrecht").post("/engine-rest/task/" + adopt.getId() + "/complete",
                engineVariables(Map.of("agendaDecision", "ADOPT")));
        assertThat(adopted.status()).as(adopted.raw()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select adopted_by from vh_regional_agenda where region_id = 'utrecht' and period = '2031' "
                + "and status = 'ADOPTED'", String.class)).isEqualTo("stuurgroep.utrecht");

        Api.Answer read = Api.as(port, "politie.utrecht").get(UTRECHT + "?period=2031");

        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().path("status").asText()).isEqualTo("ADOPTED");
        assertThat(read.body().path("version").asInt()).isEqualTo(1);
        assertThat(read.body().path("priorities")).hasSize(2);
        assertThat(read.body().path("priorities").get(0).path("theme").asText()).isEqualTo("SUBVERSIVE_CRIME");
        assertThat(read.body().path("priorities").get(0).path("leadPartnerName").asText()).isEqualTo("Politie");
        assertThat(read.body().path("priorities").get(1).path("rank").asInt()).isEqualTo(2);

        // other regions see nothing; only the VH manager of the region starts one; the running agenda cannot start twice
        assertThat(Api.as(port, "politie.rotterdam-rijnmond").get(UTRECHT).status()).isEqualTo(403);
        assertThat(Api.as(port, "stuurgroep.rotterdam-rijnmond").get(UTRECHT + "?period=2031").status()).isEqualTo(403);
        assertThat(Api.as(port, "politie.utrecht").post(UTRECHT, Map.of("period", "2032")).status()).isEqualTo(403);
        assertThat(Api.as(port, "vh-manager.rotterdam-rijnmond").post(UTRECHT, Map.of("period", "2032")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(UTRECHT).status()).isEqualTo(401);
        Api.Answer again = manager.post(UTRECHT, Map.of("period", "2031"));
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("al in behandeling");
    }

    @Test
    void theSteeringGroupSendsTheDraftBackOnlyWithAReason() {
        Api manager = Api.as(port, "vh-manager.utrecht");
        String processInstanceId = manager.post(UTRECHT, Map.of("period", "2033-2034")).body().path("processInstanceId").asText();
        Task draft = taskOf(processInstanceId);
        assertThat(manager.post("/engine-rest/task/" + draft.getId() + "/complete", engineVariables(row(1, "YOUTH_GROUPS",
                "Jeugdgroepen vroeg in beeld", "Jongeren in problematische jeugdgroepen", "politie"))).status()).isEqualTo(204);
        Api steeringGroup = Api.as(port, "stuurgroep.utrecht");
        String adoptTask = taskOf(processInstanceId).getId();

        Api.Answer withoutReason = steeringGroup.post("/engine-rest/task/" + adoptTask + "/complete",
                engineVariables(Map.of("agendaDecision", "SEND_BACK")));
        assertThat(withoutReason.status()).as(withoutReason.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(withoutReason.raw()).contains("Geef een reden");

        Api.Answer sentBack = steeringGroup.post("/engine-rest/task/" + adoptTask + "/complete",
                engineVariables(Map.of("agendaDecision", "SEND_BACK", "agendaSentBackReason", "Zorg en veiligheid ontbreekt")));
        assertThat(sentBack.status()).as(sentBack.raw()).isEqualTo(204);
        Task again = taskOf(processInstanceId);
        assertThat(again.getTaskDefinitionKey()).isEqualTo(RegionalAgendaProcess.USER_TASK_DRAFT_AGENDA);
        assertThat(taskService.getVariable(again.getId(), "priorityTheme1")).as("the draft comes back prefilled").isEqualTo("YOUTH_GROUPS");
        assertThat(jdbc.queryForObject("select sent_back_reason from vh_regional_agenda where region_id = 'utrecht' and period = '2033-2034'",
                String.class)).isEqualTo("Zorg en veiligheid ontbreekt");
        assertThat(manager.get(UTRECHT + "?period=2033-2034").status()).as("nothing adopted yet").isEqualTo(404);
    }

    @Test
    void aBadOrMissingPeriodIsRefusedWithAMessage() {
        Api manager = Api.as(port, "vh-manager.utrecht");

        for (String wrong : List.of("27", "2035-2035", "2035-2040", "banaan")) {
            Api.Answer answer = manager.post(UTRECHT, Map.of("period", wrong));
            assertThat(answer.status()).as(wrong + ": " + answer.raw()).isEqualTo(400);
            assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("period");
        }
        assertThat(manager.post(UTRECHT, "{}").status()).isEqualTo(400);
        assertThat(manager.post(UTRECHT, "{\"period\": \"2035\", \"extra\": 1}").status()).isEqualTo(400);
        assertThat(manager.get(UTRECHT + "?period=banaan").status()).isEqualTo(400);
        assertThat(manager.get(UTRECHT + "?period=2099").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from vh_regional_agenda where region_id = 'utrecht' and period like '2035%'",
                Integer.class)).isZero();
    }

    @Test
    void aStartFromTheTasklistStartFormGetsItsBusinessKeyAndIsRefusedWhileTheAgendaOfThatPeriodRuns() {
        // as the start form submits it: region and period, no business key
        String first = runtimeService.startProcessInstanceByKey(RegionalAgendaProcess.KEY, Map.of("region", "utrecht", "agendaPeriod", " 2036 "))
                .getId();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first).singleResult().getBusinessKey()).isEqualTo("utrecht-2036");
        assertThat(runtimeService.getVariable(first, "agendaPeriod")).isEqualTo("2036");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RegionalAgendaProcess.KEY,
                Map.of("region", "utrecht", "agendaPeriod", "2036"))).hasMessageContaining("al in behandeling");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RegionalAgendaProcess.KEY,
                Map.of("region", "utrecht", "agendaPeriod", "twintig"))).hasMessageContaining("period: ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RegionalAgendaProcess.KEY,
                Map.of("agendaPeriod", "2037"))).hasMessageContaining("Kies de regio");
        assertThat(Api.as(port, "vh-manager.utrecht").post(UTRECHT, Map.of("period", "2036")).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from vh_regional_agenda where region_id = 'utrecht' and period = '2036'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void onlyTheVhManagerStartsTheAgendaThroughTheEngineAsTheTasklistStartFormDoes() {
        String start = "/engine-rest/process-definition/key/" + RegionalAgendaProcess.KEY + "/submit-form";
        Map<String, Object> form = Map.of("variables", Map.of("region", Map.of("value", "utrecht"), "agendaPeriod", Map.of("value", "2038")));
        for (String user : List.of("politie.utrecht", "gemeente.utrecht", "procesregie.utrecht", "stuurgroep.utrecht")) {
            Api.Answer refused = Api.as(port, user).post(start, form);
            assertThat(refused.status()).as(user + ": " + refused.raw()).isEqualTo(403);
        }
        Api.Answer started = Api.as(port, "vh-manager.utrecht").post(start, form);
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from vh_regional_agenda where region_id = 'utrecht' and period = '2038'",
                Integer.class)).isEqualTo(1);
    }
}
