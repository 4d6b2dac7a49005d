package nl.veiligheidshuis.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly national contribution through the API and engine REST: the national meeting starts and decides a year,
 * every region gets its share and a task for its steering group in its own tenant; Utrecht's steering group splits its
 * share over two locations and reads it back; other partners are refused, another region sees only its own share.
 */
@IntegrationTest
class FundingAllocationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    static Map<String, Object> stringVariable(String name, String value) {
        return Map.of("variables", Map.of(name, Map.of("value", value, "type", "String")));
    }

    static List<String> regions(JsonNode round) {
        List<String> regions = new ArrayList<>();
        round.path("regions").forEach(region -> regions.add(region.path("region").asText()));
        return regions;
    }

    @Test
    void theNationalMeetingSplitsTheContributionAndUtrechtsSteeringGroupSplitsItsShareOverTwoLocations() {
        Api landelijk = Api.as(port, "landelijk");

        Api.Answer started = landelijk.post("/api/funding", Map.of("year", 2027, "totalCents", 770_000_000L));

        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        assertThat(started.body().path("businessKey").asText()).isEqualTo("funding-2027");
        String nationalId = started.body().path("processInstanceId").asText();
        Task decide = taskService.createTaskQuery().processInstanceId(nationalId).singleResult();
        assertThat(decide.getName()).isEqualTo("Verdeling Rijksbijdrage vaststellen — 2027");
        assertThat(decide.getTenantId()).isNull();
        assertThat(landelijk.get("/api/funding/2027").body().path("status").asText()).isEqualTo("PROPOSED");

        // the national meeting sees its task through engine REST and completes it with an equal split
        Api.Answer tasks = landelijk.get("/engine-rest/task?processInstanceId=" + nationalId);
        assertThat(tasks.status()).as(tasks.raw()).isEqualTo(200);
        assertThat(tasks.body()).hasSize(1);
        Api.Answer completed = landelijk.post("/engine-rest/task/" + decide.getId() + "/complete", stringVariable("weights", ""));
        assertThat(completed.status()).as(completed.raw()).isEqualTo(204);

        Api.Answer all = landelijk.get("/api/funding/2027");
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.body().path("status").asText()).isEqualTo("DECIDED");
        assertThat(all.body().path("decidedBy").asText()).isEqualTo("landelijk");
        assertThat(all.body().path("regions")).hasSize(25);
        long sum = 0;
        for (JsonNode region : all.body().path("regions")) {
            assertThat(region.path("amountCents").asLong()).isEqualTo(30_800_000L);
            sum += region.path("amountCents").asLong();
        }
        assertThat(sum).isEqualTo(770_000_000L);
        assertThat(jdbc.queryForObject("select seat_municipality from vh_funding_region_share s join vh_funding_round r on r.id = s.round_id "
                + "where r.funding_year = 2027 and s.region_id = 'zuid-limburg'", String.class)).isEqualTo("Maastricht");

        // one region part per region, in the region's tenant; Utrecht's steering group sees only its own
        Api stuurgroep = Api.as(port, "stuurgroep.utrecht");
        Api.Answer utrechtTasks = stuurgroep.get("/engine-rest/task?processDefinitionKey=funding-allocation");
        assertThat(utrechtTasks.status()).as(utrechtTasks.raw()).isEqualTo(200);
        assertThat(utrechtTasks.body()).hasSize(1);
        JsonNode split = utrechtTasks.body().get(0);
        assertThat(split.path("tenantId").asText()).isEqualTo("utrecht");
        assertThat(split.path("name").asText()).isEqualTo("Verdeling over locaties vaststellen — 2027");
        assertThat(taskService.createTaskQuery().processDefinitionKey("funding-allocation").taskDefinitionKey("UserTask_DecideLocationSplit")
                .processInstanceBusinessKeyLike("funding-2027-%").count()).as("one region part per region, no more").isEqualTo(25);

        // a split that does not add up is refused with its message, the task stays
        Api.Answer wrong = stuurgroep.post("/engine-rest/task/" + split.path("id").asText() + "/complete",
                stringVariable("locationSplit", "Veiligheidshuis Utrecht = 200.000,00\nVeiligheidshuis Amersfoort = 100.000,00"));
        // engine REST answers a refusing task listener with 500 and its message (as for case-transfer's decline)
        assertThat(wrong.status()).as(wrong.raw()).isEqualTo(500);
        assertThat(wrong.raw()).contains("moeten precies het regiobedrag");
        assertThat(taskService.createTaskQuery().taskId(split.path("id").asText()).count()).isEqualTo(1);

        Api.Answer done = stuurgroep.post("/engine-rest/task/" + split.path("id").asText() + "/complete",
                stringVariable("locationSplit", "Veiligheidshuis Utrecht = 200.000,00\nVeiligheidshuis Amersfoort = 108.000,00"));
        assertThat(done.status()).as(done.raw()).isEqualTo(204);

        Api.Answer own = stuurgroep.get("/api/funding/2027");
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(regions(own.body())).containsExactly("utrecht");
        JsonNode utrecht = own.body().path("regions").get(0);
        assertThat(utrecht.path("status").asText()).isEqualTo("DECIDED");
        assertThat(utrecht.path("decidedBy").asText()).isEqualTo("stuurgroep.utrecht");
        assertThat(utrecht.path("seatMunicipality").asText()).isEqualTo("Utrecht");
        List<String> locations = new ArrayList<>();
        utrecht.path("locations").forEach(location -> locations.add(location.path("name").asText() + "=" + location.path("amountCents").asLong()));
        assertThat(locations).containsExactly("Veiligheidshuis Amersfoort=10800000", "Veiligheidshuis Utrecht=20000000");

        // the VH manager of Utrecht reads its region too; Rotterdam-Rijnmond's steering group only its own, still open
        assertThat(regions(Api.as(port, "vh-manager.utrecht").get("/api/funding/2027").body())).containsExactly("utrecht");
        Api.Answer rotterdam = Api.as(port, "stuurgroep.rotterdam-rijnmond").get("/api/funding/2027");
        assertThat(rotterdam.status()).as(rotterdam.raw()).isEqualTo(200);
        assertThat(regions(rotterdam.body())).containsExactly("rotterdam-rijnmond");
        assertThat(rotterdam.body().path("regions").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(rotterdam.body().path("regions").get(0).path("locations")).isEmpty();
        assertThat(rotterdam.body().path("weights").isTextual()).as("the weights would give away the other regions' shares").isFalse();
        assertThat(own.body().path("weights").isTextual()).isFalse();
        assertThat(Api.as(port, "landelijk").get("/api/funding/2027").body().path("weights").isTextual()).as("the national meeting sees them").isTrue();
        JsonNode rotterdamTasks = Api.as(port, "stuurgroep.rotterdam-rijnmond").get("/engine-rest/task?processDefinitionKey=funding-allocation"
                + "&processInstanceBusinessKeyLike=funding-2027-%25").body();
        assertThat(rotterdamTasks).hasSize(1).allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo("rotterdam-rijnmond"));

        // others are refused
        assertThat(Api.as(port, "politie.utrecht").get("/api/funding/2027").status()).isEqualTo(403);
        assertThat(Api.as(port, "politie.utrecht").post("/api/funding", Map.of("year", 2031, "totalCents", 100L)).status()).isEqualTo(403);
        assertThat(Api.as(port, "stuurgroep.utrecht").post("/api/funding", Map.of("year", 2031, "totalCents", 100L)).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/funding/2027").status()).isEqualTo(401);
        assertThat(landelijk.get("/api/funding/2099").status()).isEqualTo(404);
    }

    @Test
    void aSecondStartOfTheSameYearIsAConflict() {
        Api landelijk = Api.as(port, "landelijk");

        assertThat(landelijk.post("/api/funding", Map.of("year", 2030, "totalCents", 770_000_000L, "weights", Map.of("utrecht", 2))).status())
                .isEqualTo(201);
        Api.Answer again = landelijk.post("/api/funding", Map.of("year", 2030, "totalCents", 1_000L));

        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("al gestart");
        assertThat(jdbc.queryForObject("select count(*) from vh_funding_round where funding_year = 2030", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select weights from vh_funding_round where funding_year = 2030", String.class)).isEqualTo("utrecht=2");
    }

    @Test
    void badInputIsRefusedWithOneMessagePerField() {
        Api landelijk = Api.as(port, "landelijk");

        Api.Answer bad = landelijk.post("/api/funding", Map.of("year", 1999, "totalCents", 0, "weights", Map.of("atlantis", 2, "utrecht", 0)));

        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("year", "totalCents", "weights.atlantis", "weights.utrecht");
        assertThat(landelijk.post("/api/funding", "").status()).isEqualTo(400);
        assertThat(landelijk.post("/api/funding", "{\"year\": \"twee\"}").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from vh_funding_round where funding_year = 1999", Integer.class)).isZero();
    }
}
