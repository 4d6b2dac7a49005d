package nl.veiligheidshuis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.Subject;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Tasklist in headless Chromium, in Dutch: a police officer of Utrecht refers a case with the start form
 * {@code referral-start}, process direction of Utrecht screens and accepts it with the form {@code screening-decision},
 * and process direction of Rotterdam-Rijnmond never sees it. Screenshots of every form and inbox go to
 * {@code <build dir>/browser-screenshots/}. Skipped when Chromium or its driver is not installed.
 */
@IntegrationTest
class TasklistReferralBrowserTest {

    static final String PROCESS_NAME = "Casus van aanmelding tot afsluiting";
    static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    SubjectRepository subjects;

    @Autowired
    ManagementService managementService;

    TasklistPage tasklist;

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(TasklistPage.chromiumAvailable(), "Browser test skipped: " + TasklistPage.CHROMIUM + " or "
                + TasklistPage.CHROMEDRIVER + " is missing (apt-get install -y chromium chromium-driver)");
    }

    @BeforeEach
    void openBrowser() throws Exception {
        tasklist = TasklistPage.open(port, screenshotDirectory());
    }

    @AfterEach
    void closeBrowser() {
        if (tasklist != null) {
            tasklist.close();
        }
    }

    @Test
    void aPoliceOfficerSeesTheTasklistInDutch() {
        assertThat(tasklist.openLogin()).isEqualTo("Inloggen");
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

        // 1. a police officer of Utrecht refers the case with the start form
        tasklist.login("politie.utrecht");
        List<String> startable = tasklist.startProcess(PROCESS_NAME);
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
                .date("Geboortedatum", PICKER_DATE.format(dateOfBirth))
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
                .date("Opnieuw bekijken op", PICKER_DATE.format(LocalDate.now().plusWeeks(4)));
        assertThat(form.errors()).isEmpty();
        tasklist.screenshot("03-startformulier-ingevuld");

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
        assertThat(subject.getDateOfBirth()).as("the date typed in the date picker").isEqualTo(dateOfBirth);
        assertThat(subject.getBsn()).isEqualTo(bsn);
        tasklist.logout();

        // 2. process direction of Utrecht screens the case and accepts it
        Jobs.executeAll(managementService);
        String screeningTask = "Casus screenen — " + caseNumber;
        tasklist.login("procesregie.utrecht");
        assertThat(tasklist.taskNames()).contains(screeningTask);
        tasklist.screenshot("04-procesregie-utrecht-werkvoorraad");
        tasklist.openTask(screeningTask);
        tasklist.claim();
        TasklistPage.Form screening = tasklist.form();
        assertThat(screening.text()).contains("Casus in het kort", caseNumber, "Complexe problematiek", "Oppakken in het Veiligheidshuis",
                "Aangemeld door: Politie");
        screening.choose("Uw besluit", "Aannemen");
        assertThat(screening.labels()).contains("Uw besluit", "Reden van afwijken").doesNotContain("Verwijsadvies aan de aanmelder",
                "Welke informatie ontbreekt?");
        tasklist.screenshot("05-screeningsformulier-aannemen");
        tasklist.complete();
        tasklist.waitForNotification("De taak is voltooid.");

        Jobs.executeAll(managementService);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        tasklist.logout();
        tasklist.login("procesregie.utrecht");
        String planningTask = "Casusoverleg plannen — " + caseNumber;
        assertThat(tasklist.taskNames()).contains(planningTask).doesNotContain(screeningTask);
        tasklist.openTask(planningTask);
        assertThat(tasklist.form().text()).contains("Casusoverleg plannen", caseNumber);
        tasklist.screenshot("06-procesregie-utrecht-casusoverleg-plannen");
        tasklist.logout();

        // 3. process direction of another region sees nothing of it
        tasklist.login("procesregie.rotterdam-rijnmond");
        assertThat(tasklist.taskNames()).noneMatch(name -> name.contains(caseNumber));
        assertThat(tasklist.driver().getPageSource()).doesNotContain(caseNumber);
        tasklist.screenshot("07-procesregie-rotterdam-werkvoorraad");
        tasklist.logout();
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).body())
                .isEmpty();
        assertThat(Api.as(port, "procesregie.utrecht").get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).body()).hasSize(1);
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

    static Path screenshotDirectory() throws Exception {
        return Paths.get(TasklistReferralBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                .resolve("browser-screenshots");
    }
}
