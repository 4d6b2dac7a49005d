package nl.veiligheidshuis.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Tasklist filters each role gets, and what they show. */
@IntegrationTest
class TaskFiltersTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskFilters taskFilters;

    @Test
    void aPartnerProfessionalGetsItsOwnFiltersButNotThoseOfProcessDirectionOrGovernance() {
        assertThat(filterNames("politie.utrecht")).containsExactly(TaskFilters.INBOX, TaskFilters.MY_TASKS, TaskFilters.MY_ORGANISATION,
                TaskFilters.OVERDUE, TaskFilters.MY_CASES);
    }

    @Test
    void processDirectionAlsoGetsTheScreeningFilterAndGovernanceTheEscalationFilter() {
        assertThat(filterNames("procesregie.utrecht")).contains(TaskFilters.SCREENING).doesNotContain(TaskFilters.ESCALATIONS);
        assertThat(filterNames("stuurgroep.utrecht")).contains(TaskFilters.ESCALATIONS).doesNotContain(TaskFilters.SCREENING);
        assertThat(filterNames("landelijk")).contains(TaskFilters.ESCALATIONS);
    }

    @Test
    void theScreeningFilterShowsTheRegionsScreeningTasksWithCaseNumberRegionAndPriority() {
        String caseNumber = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"))
                .body().get("caseNumber").asText();
        Jobs.executeAll(managementService);

        JsonNode filter = filter("procesregie.utrecht", TaskFilters.SCREENING);
        List<String> columns = new ArrayList<>();
        filter.get("properties").get("variables").forEach(v -> columns.add(v.get("name").asText()));
        assertThat(columns).containsExactly("caseNumber", "regionName", "priority");

        JsonNode tasks = Api.as(port, "procesregie.utrecht").get("/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=1000").body();
        List<String> names = new ArrayList<>();
        tasks.forEach(t -> names.add(t.get("name").asText()));
        assertThat(names).contains("Casus screenen — " + caseNumber);
        JsonNode rotterdam = Api.as(port, "procesregie.rotterdam-rijnmond")
                .get("/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=1000").body();
        rotterdam.forEach(t -> assertThat(t.get("name").asText()).doesNotContain(caseNumber));
    }

    @Test
    void myTasksShowsWhatIsAssignedToMeAndOverdueShowsWhatIsPastItsDueDate() {
        Task task = taskService.newTask();
        task.setName("Verlopen testtaak");
        task.setTenantId("utrecht");
        task.setDueDate(new Date(System.currentTimeMillis() - 3_600_000));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "politie");
        try {
            taskFilters.refreshOverdue();
            assertThat(taskNames("politie.utrecht", TaskFilters.OVERDUE)).contains("Verlopen testtaak");
            assertThat(taskNames("politie.utrecht", TaskFilters.MY_TASKS)).doesNotContain("Verlopen testtaak");
            assertThat(taskNames("politie.rotterdam-rijnmond", TaskFilters.OVERDUE)).doesNotContain("Verlopen testtaak");

            taskService.setAssignee(task.getId(), "politie.utrecht");
            assertThat(taskNames("politie.utrecht", TaskFilters.MY_TASKS)).contains("Verlopen testtaak");
            assertThat(taskNames("politie.utrecht", TaskFilters.MY_ORGANISATION)).contains("Verlopen testtaak");
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    private List<String> filterNames(String user) {
        JsonNode filters = Api.as(port, user).get("/engine-rest/filter?sortBy=name&sortOrder=asc").body();
        List<JsonNode> list = new ArrayList<>();
        filters.forEach(list::add);
        list.sort((a, b) -> Integer.compare(a.get("properties").get("priority").asInt(), b.get("properties").get("priority").asInt()));
        return list.stream().map(f -> f.get("name").asText()).toList();
    }

    private JsonNode filter(String user, String name) {
        JsonNode filters = Api.as(port, user).get("/engine-rest/filter").body();
        for (JsonNode f : filters) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    private List<String> taskNames(String user, String filterName) {
        JsonNode tasks = Api.as(port, user).get("/engine-rest/filter/" + filter(user, filterName).get("id").asText() + "/list?maxResults=1000")
                .body();
        List<String> names = new ArrayList<>();
        tasks.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
