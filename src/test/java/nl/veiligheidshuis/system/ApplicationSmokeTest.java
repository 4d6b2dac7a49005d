package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The assembled application: webapps served, REST authenticated, organisation in place, regions kept apart. */
@IntegrationTest
class ApplicationSmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Test
    void tasklistIsServed() {
        Api.Answer answer = Api.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).contains("Tasklist");
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/engine-rest/tenant/count").status()).isEqualTo(401);
    }

    @Test
    void engineRestRefusesAWrongPassword() {
        // uwv.zuid-limburg is used for nothing else: a wrong password locks the user for a few seconds
        assertThat(Api.as(port, "uwv.zuid-limburg", "not-the-password").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void applicationApiRefusesAnonymousCallers() {
        assertThat(Api.anonymous(port).get("/api/cases/VH-2026-000001").status()).isEqualTo(401);
    }

    @Test
    void theTwentyFiveRegionsAreTenants() {
        Api.Answer answer = Api.as(port, "demo").get("/engine-rest/tenant/count");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("count").asInt()).isEqualTo(25);
    }

    @Test
    void aPoliceOfficerOfUtrechtIsInGroupPoliceAndTenantUtrecht() {
        Api.Answer groups = Api.as(port, "politie.utrecht").get("/engine-rest/identity/groups?userId=politie.utrecht");
        assertThat(groups.status()).isEqualTo(200);
        assertThat(ids(groups.body().get("groups"))).containsExactly("politie");

        Api.Answer tenants = Api.as(port, "demo").get("/engine-rest/tenant?userMember=politie.utrecht");
        assertThat(ids(tenants.body())).containsExactly("utrecht");
    }

    @Test
    void aPlainListCallGetsTheFirstPageButAskingBeyondTheLimitIsRefused() {
        assertThat(Api.as(port, "demo").get("/engine-rest/group").status()).isEqualTo(200);
        assertThat(Api.as(port, "demo").get("/engine-rest/group?maxResults=100000").status()).isEqualTo(400);
    }

    @Test
    void aPoliceOfficerOfUtrechtCannotReadAPoliceTaskOfRotterdam() {
        Task task = taskService.newTask();
        task.setName("Taak van politie Rotterdam-Rijnmond");
        task.setTenantId("rotterdam-rijnmond");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "politie");
        try {
            assertThat(Api.as(port, "politie.utrecht").get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
            assertThat(Api.as(port, "politie.utrecht").get("/engine-rest/task?candidateGroup=politie&tenantIdIn=rotterdam-rijnmond")
                    .body()).isEmpty();
            assertThat(Api.as(port, "politie.rotterdam-rijnmond").get("/engine-rest/task/" + task.getId()).status()).isEqualTo(200);
            // the same group in the right region, but another partner: nothing
            assertThat(Api.as(port, "ggz.rotterdam-rijnmond").get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }
}
