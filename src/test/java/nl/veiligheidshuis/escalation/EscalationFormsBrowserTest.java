package nl.veiligheidshuis.escalation;

import nl.veiligheidshuis.support.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The escalation forms in the real 7.24 Tasklist (headless Chromium): the tactical meeting sees the summary and the
 * level history (a Json list rendered by a {@code {{#loop}}} template) without the texts, decides with the radio and
 * its conditional fields, and the decision is recorded; the national meeting's form shows no case number. Skipped
 * when Chromium or its driver is not installed.
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

    static HeadlessChromium browser;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void startChromium() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "Browser test skipped: no " + HeadlessChromium.CHROMIUM + " or " + HeadlessChromium.CHROMEDRIVER);
        browser = HeadlessChromium.start(1200);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(25));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTacticalMeetingReadsTheSummaryAndHistoryAndDecidesWithTheForm() {
        String caseNumber = acceptedUtrechtCase();
        Api.Answer escalated = Api.as(port, "politie.utrecht").post("/api/cases/" + caseNumber + "/escalations",
                Map.of("reason", "AGREEMENT_NOT_HONOURED", "whatHappened", WHAT_HAPPENED, "whatWasTried", "Twee keer gebeld"));
        assertThat(escalated.status()).as(escalated.raw()).isEqualTo(201);
        long id = escalated.body().get("escalationId").asLong();
        Jobs.executeAll(managementService);
        String taskId = taskOf("tactisch-overleg.utrecht", caseNumber).get("id").asText();

        login("tactisch-overleg.utrecht");
        String text = openTaskForm(taskId);

        screenshot("escalation-handle");
        assertThat(text).contains("Opschaling in het kort").contains(caseNumber).contains("Afspraak niet nagekomen")
                .contains("Politie").contains("Tactisch overleg").contains("Verloop van de opschaling").contains("nog open")
                .contains("opschalingsdossier").doesNotContain(WHAT_HAPPENED).doesNotContain("{{");
        claim();
        choose("Opgelost: besluit en maatregelen vastleggen");
        type("Besluit", "Schuldhulp start met voorrang");
        type("Maatregelen", "Gemeente plant de intake binnen een week");
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        scrollIntoView(complete);
        complete.click();
        wait.until(d -> escalations.findById(id).orElseThrow().getStatus() == EscalationStatus.RESOLVED);
        logout();
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
        String taskId = taskOf("landelijk", reference).get("id").asText();

        login("landelijk");
        String text = openTaskForm(taskId);

        screenshot("escalation-national-review");
        assertThat(text).contains(reference).contains("Onvoldoende capaciteit of inzet").contains("Regionale stuurgroep")
                .contains("Landelijk overleg").contains("verder opgeschaald").contains("geen persoonsgegevens")
                .doesNotContain(caseNumber).doesNotContain(WHAT_HAPPENED).doesNotContain("Politie").doesNotContain("{{");
        logout();
    }

    // ------------------------------------------------------------------ helpers

    private String acceptedUtrechtCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        String caseNumber = referred.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        Api.Answer accepted = Api.as(port, "procesregie.utrecht").post("/engine-rest/task/"
                + taskOf("procesregie.utrecht", caseNumber).get("id").asText() + "/complete",
                Map.of("variables", Map.of("screeningDecision", Map.of("value", "ACCEPT"))));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
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

    private void login(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account .dropdown-toggle")));
    }

    private void logout() {
        driver.findElement(By.cssSelector("li.account .dropdown-toggle")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    /** Opens the task and answers the text of its rendered Camunda Form once the templates are filled in. */
    private String openTaskForm(String taskId) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        wait.until(d -> form.getText().contains("Verloop van de opschaling") && form.getText().contains("ESC-utrecht-"));
        return form.getText();
    }

    private void claim() {
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        claim.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    private void choose(String optionLabel) {
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-form')]//label[@for][normalize-space(.)='" + optionLabel + "']")));
        WebElement input = driver.findElement(By.id(label.getAttribute("for")));
        scrollIntoView(input);
        input.click();
        wait.until(d -> input.isSelected());
    }

    private void type(String fieldLabel, String value) {
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form')]//label[@for][normalize-space(translate(., '*', ''))='" + fieldLabel + "']")));
        WebElement input = driver.findElement(By.id(label.getAttribute("for")));
        scrollIntoView(input);
        input.sendKeys(value);
    }

    /** A PNG of the task view under {@code <build dir>/browser-screenshots/}, for reviewing the form's look. */
    private static void screenshot(String name) {
        try {
            Path testClasses = Path.of(EscalationFormsBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = Files.createDirectories(testClasses.getParent().resolve("browser-screenshots"));
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }
}
