package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.veiligheidshuis.browser.TasklistPage;
import nl.veiligheidshuis.screening.CaseScreeningProcess;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** In the real Tasklist, opening a task writes one read of its case to the access log, not one per call the page makes. */
@IntegrationTest
class EngineReadLoggingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Test
    void openingATaskInTheRealTasklistGivesOneReadOfItsCase() throws Exception {
        assumeTrue(TasklistPage.chromiumAvailable(), TasklistPage.skipReason());
        Api.Answer referral = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        assertThat(referral.status()).as(referral.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        String caseNumber = referral.body().get("caseNumber").asText();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(CaseScreeningProcess.USER_TASK_SCREEN_CASE).singleResult();

        try (TasklistPage tasklist = TasklistPage.open(port, TasklistPage.screenshotDirectory("engine-read-logging"))) {
            tasklist.login("procesregie.utrecht");
            assertThat(reads(caseNumber)).as("the task list names the case but shows none of its content").isZero();

            tasklist.openTaskById(task.getId(), task.getName());
            assertThat(tasklist.form().text()).contains(caseNumber);
        }

        assertThat(reads(caseNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select purpose from vh_access_log where case_number = ? and channel = 'TASKLIST' and action = 'READ'",
                String.class, caseNumber)).isEqualTo("taak geopend in Tasklist");
    }

    private long reads(String caseNumber) {
        return jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and action = 'READ' and user_id = 'procesregie.utrecht' "
                + "and channel in ('TASKLIST', 'COCKPIT')", Long.class, caseNumber);
    }
}
