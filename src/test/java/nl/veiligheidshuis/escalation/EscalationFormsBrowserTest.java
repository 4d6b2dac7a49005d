package nl.veiligheidshuis.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.browser.TasklistBrowser;
import nl.veiligheidshuis.browser.TasklistPage;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import nl.veiligheidshuis.support.Screenings;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The escalation forms in the real 7.24 Tasklist (headless Chromium): the tactical meeting sees the summary and the
 * level history (a Json list rendered by a {@code {{#loop}}} template) without the texts, decides with the radio and
 * its conditional fields, and the decision is recorded; the national meeting's form shows no case number. Screenshots
 * go to {@code <build dir>/browser-screenshots/escalation/}. Skipped when Chromium or its driver is not installed.
 */
@IntegrationTest
class EscalationFormsBrowserTest {

    static final String WHAT_HAPPENED = "Afgesproken schuldhulp is na acht weken niet gestart";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    EscalationRepository escalations;

    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser("escalation");

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
    }




    @Test
    void theTacticalMeetingReadsTheSummaryAndHistoryAndDecidesWithTheForm() {
        String caseNumber = acceptedUtrechtCase();
        Api.Answer escalated = Api.as(port, "politie.utrecht").post("/api/cases/" + caseNumber + "/escalations",
                Map.of("reason", "AGREEMENT_NOT_HONOURED", "whatHappened", WHAT_HAPPENED, "whatWasTried", "Twee keer gebeld"));
        assertThat(escalated.status()).as(escalated.raw()).isEqualTo(201);
        long id = escalated.body().get("escalationId").asLong();
        Jobs.executeAll(managementService);
        JsonNode task = taskOf("tactisch-overleg.utrecht", caseNumber);

        tasklist.login("tactisch-overleg.utrecht");
        String text = openTaskForm(task).text();

        tasklist.screenshot("handle");
        assertThat(text).contains("Opschaling in het kort").contains(caseNumber).contains("Afspraak niet nagekomen")
                .contains("Politie").contains("Tactisch overleg").contains("Verloop van de opschaling").contains("nog open")
                .contains("opschalingsdossier").doesNotContain(WHAT_HAPPENED).doesNotContain("{{");
        assertThat(text).as("the region by name and days as professionals write them").contains("Regio: Utrecht")
                .containsPattern("Opgeschaald op: \\d{2}-\\d{2}-\\d{4}").containsPattern("geopend \\d{2}-\\d{2}-\\d{4}")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        tasklist.claim();
        tasklist.form().choose("Uw besluit", "Opgelost: besluit en maatregelen vastleggen")
                .type("Besluit", "Schuldhulp start met voorrang")
                .type("Maatregelen", "Gemeente plant de intake binnen een week");
        tasklist.complete(task.get("name").asText());
        new WebDriverWait(tasklist.driver(), Duration.ofSeconds(25))
                .until(d -> escalations.findById(id).orElseThrow().getStatus() == EscalationStatus.RESOLVED);
        tasklist.logout();
    }

    @Test
    void theNationalMeetingsFormShowsNoCaseNumber() {
        String caseNumber = acceptedUtrechtCase();
        long id = Api.as(port, "politie.utrecht").post("/api/cases/" + caseNumber + "/escalations", Map.of("reason", "CAPACITY",
                "whatHappened", WHAT_HAPPENED, "whatWasTried", "Twee keer gebeld")).body().get("escalationId").asLong();
        Jobs.executeAll(managementService);
        for (String user : new String[] {"tactisch-overleg.utrecht", "stuurgroep.utrecht"}) {
            completeTask(user, taskOf(user, caseNumber).get("id").asText());
            Jobs.executeAll(managementService);
        }
        String reference = "ESC-utrecht-" + id;
        JsonNode task = taskOf("landelijk", reference);

        tasklist.login("landelijk");
        String text = openTaskForm(task).text();

        tasklist.screenshot("national-review");
        assertThat(text).contains(reference).contains("Onvoldoende capaciteit of inzet").contains("Regionale stuurgroep")
                .contains("Landelijk overleg").contains("verder opgeschaald").contains("geen persoonsgegevens")
                .doesNotContain(caseNumber).doesNotContain(WHAT_HAPPENED).doesNotContain("Politie").doesNotContain("{{");
        assertThat(text).contains("Regio: Utrecht").containsPattern("\\d{2}-\\d{2}-\\d{4}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        tasklist.logout();
    }

    // ------------------------------------------------------------------ helpers
    private String acceptedUtrechtCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        String caseNumber = referred.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        Screenings.accept(port, managementService, "utrecht", caseNumber);
        return caseNumber;
    }

    private void completeTask(String user, String taskId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("escalationDecision", Map.of("value", "ESCALATE"));
        variables.put("escalationDecisionReason", Map.of("value", "Structureel tekort aan capaciteit"));
        Api.Answer completed = Api.as(port, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
        assertThat(completed.status()).as(completed.raw()).isEqualTo(204);
    }

    private JsonNode taskOf(String user, String nameContains) {
        JsonNode tasks = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + nameContains + "%25").body();
        assertThat(tasks).as("tasks of " + user).hasSize(1);
        return tasks.get(0);
    }

    /** Opens the task by its id and answers its rendered Camunda Form once the templates hold the escalation's data. */
    private TasklistPage.Form openTaskForm(JsonNode task) {
        tasklist.openTaskById(task.get("id").asText(), task.get("name").asText());
        TasklistPage.Form form = tasklist.form();
        new WebDriverWait(tasklist.driver(), Duration.ofSeconds(25))
                .until(d -> form.text().contains("Verloop van de opschaling") && form.text().contains("ESC-utrecht-"));
        return form;
    }
}
