package nl.veiligheidshuis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
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
 * The first task of each process added in the session of 29 November (handover, weekly conference planning, national
 * contribution, strategic agenda, area approach), opened in the real Tasklist by the role that works it: the Camunda
 * Form renders in Dutch with the data of the case or round filled into its templates, and no template is left raw.
 * Screenshots go to {@code <build dir>/browser-screenshots/new-processes/}.
 */
@IntegrationTest
class NewProcessFormsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser("new-processes");

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
    }

    @Test
    void theTargetRegionAssessesAHandover() {
        String caseNumber = referredCase("utrecht");
        Api.Answer requested = Api.as(port, "procesregie.utrecht").post("/api/cases/" + caseNumber + "/transfers",
                Map.of("targetRegion", "rotterdam-rijnmond"));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(201);

        String text = formOf("procesregie.rotterdam-rijnmond", "Overdracht beoordelen — " + caseNumber, caseNumber, "handover");

        assertThat(text).contains(caseNumber).contains("Utrecht");
    }

    @Test
    void processDirectionSetsTheWeeksConferencePlanning() {
        Api.Answer started = Api.as(port, "procesregie.zuid-limburg").post("/api/regions/zuid-limburg/conference-planning",
                Map.of("week", "2031-W10"));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);

        String text = formOf("procesregie.zuid-limburg", "Weekplanning casusoverleg vaststellen", "2031-W10", "conference-planning");

        assertThat(text).contains("2031-W10").contains("Regio: Zuid-Limburg");
    }

    @Test
    void theNationalMeetingSplitsTheContribution() {
        Api.Answer started = Api.as(port, "landelijk").post("/api/funding", Map.of("year", 2033, "totalCents", 770_000_000L));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);

        String text = formOf("landelijk", "Verdeling Rijksbijdrage vaststellen", "2033", "funding-national");

        assertThat(text).contains("2033").contains("decentralisatie-uitkering").contains("25 zetelgemeenten");
    }

    @Test
    void theVhManagerDraftsTheStrategicAgenda() {
        Api.Answer started = Api.as(port, "vh-manager.zuid-limburg").post("/api/regions/zuid-limburg/agenda", Map.of("period", "2031"));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);

        String text = formOf("vh-manager.zuid-limburg", "Concept-agenda opstellen", "2031", "agenda-draft");

        assertThat(text).contains("2031").contains("Regio: Zuid-Limburg");
    }

    @Test
    void processDirectionAnalysesAnAreaProblem() {
        String caseNumber = acceptedAreaCase();
        Api.Answer started = Api.as(port, "procesregie.utrecht").post("/api/cases/" + caseNumber + "/area-approach", Map.of());
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);

        String text = formOf("procesregie.utrecht", "Gebiedsanalyse opstellen", caseNumber, "area-analysis");

        assertThat(text).contains(caseNumber).contains("Overvecht-Noord").contains("Gemeente (lokaal bestuur): Utrecht");
    }

    /** Logs in, opens the one task of this user whose name contains the text, waits for its form to show it; answers the form's text. */
    private String formOf(String user, String taskName, String shows, String screenshot) {
        JsonNode tasks = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + taskName.replace(" ", "%20") + "%25").body();
        JsonNode task = null;
        for (JsonNode candidate : tasks) {
            String name = candidate.get("name").asText();
            if (name.contains(taskName) && (name.contains(shows) || task == null)) {
                task = candidate;
            }
        }
        assertThat(task).as("a task '" + taskName + "' for " + user + " in " + tasks).isNotNull();
        tasklist.login(user);
        tasklist.openTaskById(task.get("id").asText(), task.get("name").asText());
        TasklistPage.Form form = tasklist.form();
        new WebDriverWait(tasklist.driver(), Duration.ofSeconds(25)).until(d -> form.text().contains(shows));
        String text = form.text();
        tasklist.screenshot(screenshot);
        assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("undefined");
        tasklist.logout();
        return text;
    }

    private String referredCase(String region) {
        Api.Answer referred = Api.as(port, "politie." + region).post("/api/referrals", Referrals.complexYouthCase(region, "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        return referred.body().get("caseNumber").asText();
    }

    private String acceptedAreaCase() {
        Api.Answer referred = Api.as(port, "gemeente.utrecht").post("/api/referrals", Referrals.areaCase("utrecht", "gemeente", "Overvecht-Noord", "Utrecht"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        String caseNumber = referred.body().get("caseNumber").asText();
        Screenings.accept(port, managementService, "utrecht", caseNumber);
        return caseNumber;
    }
}
