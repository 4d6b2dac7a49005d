package nl.veiligheidshuis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Tasklist in headless Chromium, in Dutch: a police officer of Utrecht refers a case with the start form
 * {@code referral-start}, process direction of Utrecht screens and accepts it with the form {@code screening-decision},
 * and process direction of Rotterdam-Rijnmond never sees it; a single-chain case is refused and the referrer reads the
 * advice ({@code referral-advice}). Screenshots of every form and inbox go to {@code <build dir>/browser-screenshots/}
 * (with a screenshot and the page source of the moment when a test fails). Skipped when Chromium or its driver is not
 * installed ({@code apt-get install chromium chromium-driver}; paths overridable with {@code -Dvh.browser.chromium} and
 * {@code -Dvh.browser.chromedriver}).
 */
@IntegrationTest
class TasklistReferralBrowserTest {

    static final String PROCESS_NAME = "Casus van aanmelding tot afsluiting";
    /** Dates are typed the Dutch way into text fields (the 7.24 date picker only understands American dates). */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    SubjectRepository subjects;

    @Autowired
    ManagementService managementService;

    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser();

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
    }


    @BeforeAll
    static void clearOldScreenshots() throws Exception {
        Path directory = screenshotDirectory();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> old = Files.list(directory)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".html")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }



    @Test
    void aPoliceOfficerSeesTheTasklistInDutch() {
        assertThat(tasklist.openLogin()).isEqualTo("Inloggen");
        assertThat(tasklist.driver().findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Gebruikersnaam");
        tasklist.screenshot("01-inloggen");

        tasklist.login("politie.utrecht");

        assertThat(tasklist.filters()).anyMatch(filter -> filter.startsWith("Werkvoorraad"));
        assertThat(tasklist.navbarText()).contains("Proces starten").contains("Politie Utrecht");
        tasklist.screenshot("02-politie-utrecht-werkvoorraad");
        tasklist.logout();
    }

    @Test
    void aReferralByTasklistIsScreenedAndAcceptedByUtrechtAndStaysInvisibleToRotterdam() {
        String familyName = "Browsertest" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String bsn = validBsn(System.nanoTime());
        LocalDate dateOfBirth = LocalDate.of(2008, 11, 23);
        long lastCaseId = cases.findAll().stream().mapToLong(CaseFile::getId).max().orElse(0);
        String rotterdamCase = referByApi("politie.rotterdam-rijnmond",
                Referrals.complexYouthCase("rotterdam-rijnmond", "politie", "PARTNER"));

        // 1. a police officer of Utrecht refers the case with the start form
        tasklist.login("politie.utrecht");
        List<String> startable = tasklist.startProcess(PROCESS_NAME, "03-proces-starten-keuze");
        assertThat(startable).contains(PROCESS_NAME);
        TasklistPage.Form form = tasklist.form();
        assertThat(form.text()).contains("Casus aanmelden bij het Veiligheidshuis");
        form.select("Regio", "Utrecht")
                .select("Aanmeldende partner", "Politie")
                .select("Instroomroute", "Vanuit de eigen rol van een partner")
                .choose("Soort casus", "Persoon")
                .type("Wat speelt er en waarom het Veiligheidshuis?",
                        "Jongere met schooluitval, drugsgebruik en geweld thuis; straf-, zorg- en gemeentelijke keten zijn nodig.");
        form.group("Betrokkene")
                .type("Voornaam", "Sem")
                .type("Achternaam", familyName)
                .type("Geboortedatum", DUTCH_DATE.format(dateOfBirth))
                .type("BSN", bsn)
                .type("Woonplaats (gemeente)", "Utrecht");
        form.choose("Leefgebieden met problemen", "Huidig delict en delictpatroon", "Opleiding, werk en leren", "Druggebruik",
                "Relaties met partner, gezin en familie");
        form.group("Criteria voor complexe problematiek")
                .type("Aantal ketens dat moet samenwerken", "3")
                .check("De problemen leiden (naar verwachting) tot criminaliteit, overlast of verder afglijden", true)
                .check("Dwang- en drangmiddelen zijn nodig", true)
                .check("Het gezinssysteem of de directe sociale omgeving wordt geraakt", true);
        form.group("Wat speelt er verder?")
                .check("Er is een minderjarige betrokken", true)
                .check("Huiselijk geweld", true)
                .check("Lopende strafzaak", true)
                .check("Schoolverzuim", true);
        TasklistPage.Form informed = form.group("Informeren van de betrokkene");
        assertThat(informed.control("De betrokkene is geïnformeerd over deze aanmelding").isSelected()).isFalse();
        informed.type("Waarom (nog) niet?", "Lopend strafrechtelijk onderzoek; informeren na het eerste verhoor.")
                .type("Opnieuw bekijken op", DUTCH_DATE.format(LocalDate.now().plusWeeks(4)));
        assertThat(form.errors()).isEmpty();
        tasklist.screenshot("04-startformulier-ingevuld");

        tasklist.submitStartForm();
        tasklist.waitForNotification("Het proces is gestart.");
        tasklist.waitForModalClosed();

        CaseFile referred = caseOf(familyName, lastCaseId);
        String caseNumber = referred.getCaseNumber();
        assertThat(caseNumber).matches("VH-\\d{4}-\\d{6}");
        assertThat(referred.getRegionId()).isEqualTo("utrecht");
        assertThat(referred.getReferringPartner()).isEqualTo("politie");
        assertThat(referred.getStatus()).isEqualTo(CaseStatus.REGISTERED);
        Subject subject = subjects.findByCaseIdOrderById(referred.getId()).get(0);
        assertThat(subject.getDateOfBirth()).as("the Dutch date typed in the form").isEqualTo(dateOfBirth);
        assertThat(subject.getBsn()).isEqualTo(bsn);
        tasklist.logout();

        // 2. process direction of Utrecht screens the case and accepts it
        Jobs.executeAll(managementService);
        String screeningTask = "Casus screenen — " + caseNumber;
        tasklist.login("procesregie.utrecht");
        assertThat(tasklist.searchTasks(caseNumber)).contains(screeningTask);
        tasklist.screenshot("05-procesregie-utrecht-werkvoorraad");
        tasklist.openTask(screeningTask);
        tasklist.claim();
        TasklistPage.Form screening = tasklist.form();
        assertThat(screening.text()).contains("Casus in het kort", caseNumber, "Complexe problematiek", "Oppakken in het Veiligheidshuis",
                "Aangemeld door: Politie");
        assertCasePageOpensFromTheForm(caseNumber);
        screening.choose("Uw besluit", "Aannemen");
        assertThat(screening.labels()).contains("Uw besluit", "Reden van afwijken").doesNotContain("Verwijsadvies aan de aanmelder",
                "Welke informatie ontbreekt?");
        tasklist.screenshot("06-screeningsformulier-aannemen");
        tasklist.complete(screeningTask);

        Jobs.executeAll(managementService);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        tasklist.logout();
        tasklist.login("procesregie.utrecht");
        // the accepted case moves on to the case conference: process direction chooses the participants
        String participantsTask = "Deelnemers casusoverleg kiezen — " + caseNumber;
        assertThat(tasklist.searchTasks(caseNumber)).contains(participantsTask).doesNotContain(screeningTask);
        tasklist.openTask(participantsTask);
        assertThat(tasklist.form().text()).contains(caseNumber);
        tasklist.screenshot("07-deelnemers-casusoverleg-formulier");
        tasklist.logout();

        // 3. process direction of another region sees its own screening, nothing of Utrecht's case
        tasklist.login("procesregie.rotterdam-rijnmond");
        assertThat(tasklist.taskNames()).noneMatch(name -> name.contains(caseNumber));
        assertThat(tasklist.driver().getPageSource()).doesNotContain(caseNumber);
        tasklist.screenshot("08-procesregie-rotterdam-werkvoorraad");
        assertThat(tasklist.searchTasks(caseNumber)).as("Rotterdam finds nothing of the Utrecht case, even by its number").isEmpty();
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get("/engine-rest/task?processInstanceBusinessKey=" + rotterdamCase).body())
                .as("while it does see its own screening").hasSize(1);
        tasklist.logout();
        String tasksOfCase = "/engine-rest/task?processInstanceBusinessKey=" + caseNumber;
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get(tasksOfCase).body()).isEmpty();
        assertThat(Api.as(port, "procesregie.utrecht").get(tasksOfCase).body()).hasSize(1);
    }

    @Test
    void aSingleChainReferralIsRefusedWithReferralAdviceThatTheReferrerReadsInTasklist() {
        String caseNumber = referByApi("politie.utrecht", Referrals.singleChainZsmCase("utrecht", "politie"));
        Jobs.executeAll(managementService);

        // process direction refuses with the advice of the test: back to the ZSM table
        String screeningTask = "Casus screenen — " + caseNumber;
        tasklist.login("procesregie.utrecht");
        tasklist.openTask(screeningTask);
        tasklist.claim();
        TasklistPage.Form screening = tasklist.form();
        assertThat(screening.text()).contains("Niet complex: op te lossen binnen één keten", "Terug naar de ZSM-tafel");
        screening.choose("Uw besluit", "Weigeren met verwijsadvies");
        assertThat(screening.labels()).contains("Reden van afwijken", "Verwijsadvies aan de aanmelder")
                .doesNotContain("Welke informatie ontbreekt?");
        screening.select("Verwijsadvies aan de aanmelder", "Terug naar de ZSM-tafel");
        assertThat(screening.selected("Verwijsadvies aan de aanmelder")).isEqualTo("Terug naar de ZSM-tafel");
        tasklist.screenshot("10-screeningsformulier-weigeren");
        tasklist.complete(screeningTask);
        Jobs.executeAll(managementService);
        CaseFile refused = cases.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(refused.getStatus()).isEqualTo(CaseStatus.REFUSED_NOT_COMPLEX);
        assertThat(refused.getChosenReferralAdvice()).isEqualTo("ZSM");
        tasklist.logout();

        // the referring police officer reads the advice in the inbox
        String adviceTask = "Verwijsadvies ontvangen — " + caseNumber;
        tasklist.login("politie.utrecht");
        assertThat(tasklist.searchTasks(caseNumber)).contains(adviceTask);
        tasklist.screenshot("11-politie-utrecht-werkvoorraad-verwijsadvies");
        tasklist.openTask(adviceTask);
        tasklist.claim();
        TasklistPage.Form advice = tasklist.form();
        assertThat(advice.text()).contains("De casus is niet aangenomen", "Terug naar de ZSM-tafel");
        advice.check("Gelezen", true);
        tasklist.screenshot("12-verwijsadviesformulier");
        tasklist.complete(adviceTask);
        tasklist.logout();
    }

    /** The form links to the read-only case page, which shows the case with the professional's Tasklist session. */
    private void assertCasePageOpensFromTheForm(String caseNumber) {
        WebDriver driver = tasklist.driver();
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("a[href*='/casus/?case=']")));
        assertThat(link.getText()).isEqualTo("Casusdossier openen");
        String casePage = link.getAttribute("href");
        assertThat(casePage).endsWith("/casus/?case=" + caseNumber);
        String tasklistWindow = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            driver.get(casePage);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("title")).getText().equals("Casus " + caseNumber));
            assertThat(driver.findElement(By.id("subjects")).getText()).contains("Betrokkene");
            tasklist.screenshot("06a-casuspagina");
        } finally {
            driver.close();
            driver.switchTo().window(tasklistWindow);
        }
    }

    /** Refers a case through the referral API as a partner system would; answers its case number. */
    private String referByApi(String user, Object referral) {
        Api.Answer answer = Api.as(port, user).post("/api/referrals", referral);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().get("caseNumber").asText();
    }

    /** The case this test referred: registered after {@code lastCaseId}, with a subject of this family name. */
    private CaseFile caseOf(String familyName, long lastCaseId) {
        return cases.findAll().stream().filter(c -> c.getId() > lastCaseId)
                .filter(c -> subjects.findByCaseIdOrderById(c.getId()).stream().anyMatch(s -> familyName.equals(s.getFamilyName())))
                .findFirst().orElseThrow(() -> new AssertionError("no case registered for " + familyName));
    }

    /** A BSN that passes the eleven test, derived from the seed. */
    static String validBsn(long seed) {
        for (long step = 0; ; step++) {
            String first8 = Long.toString(10_000_000L + Math.floorMod(seed + step, 90_000_000L));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            // eleven test: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11
            int last = sum % 11;
            if (last <= 9) {
                return first8 + last;
            }
        }
    }

    static Path screenshotDirectory() {
        return TasklistPage.screenshotDirectory();
    }
}
