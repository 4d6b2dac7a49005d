package nl.veiligheidshuis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.monitoring.PlanMonitoringProcess;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8's walk: ONE case from referral to escalation through the real Tasklist (headless Chromium, in Dutch), as the
 * real demo roles, every step a form filled and completed by clicking. The police of Utrecht refer with the start
 * form; process direction screens (the triage is shown) and chooses the participants; the municipality, probation and
 * mental-health care each prepare; process direction records the conference and appoints the case director; the
 * director drafts the plan; the two partners holding agreements confirm; probation's agreement runs overdue and the
 * tactical meeting of Utrecht gets the escalation in its "Opschalingen" filter; and Rotterdam-Rijnmond's process
 * direction, probation and tactical meeting see nothing of it, neither in any filter nor on the case page.
 * <p>
 * Between steps the test runs the engine's due jobs ({@link Jobs#executeAll}): the test profile switches the job
 * executor off, so the asynchronous save points would otherwise wait. The one step not taken in the browser is time
 * passing: the agreement's two monitoring timers (due date, then the week of grace) are fired through the
 * {@link ManagementService}, exactly those two jobs of this case.
 * <p>
 * Screenshots of every form (before it is completed) and of the inboxes go to
 * {@code <build dir>/browser-screenshots/walk/NN-step.png}. Skipped when Chromium or its driver is not installed.
 */
@IntegrationTest
class CaseWalkBrowserTest {

    static final String PROCESS_NAME = "Casus van aanmelding tot afsluiting";
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    static final String INBOX = "Werkvoorraad";
    static final String SCREENING = "Screening";
    static final String MY_ORGANISATION = "Taken van mijn organisatie";
    static final String MY_CASES = "Mijn casussen als casusregisseur";
    static final String ESCALATIONS = "Opschalingen";

    static final String DIRECTOR = "ggz.utrecht";
    /** The participants after process direction dropped the two optional partners, in the conference's order. */
    static final List<String> PARTICIPANTS = List.of("gemeente", "reclassering", "ggz");

    private static final Logger LOG = LoggerFactory.getLogger(CaseWalkBrowserTest.class);

    @LocalServerPort
    int port;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    SubjectRepository subjects;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser("walk");

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
    }
    Steps steps;




    @Test
    void oneCaseWalksFromReferralToEscalationThroughTasklistAsTheRealRolesAndRotterdamSeesNoneOfIt() {
        steps = new Steps();
        LocalDate today = LocalDate.now(NETHERLANDS);
        String familyName = "Wandeltest" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        // 1. the police of Utrecht refer the case with the start form
        String caseNumber = refer(familyName, today);
        steps.done("aanmelding (politie)");

        // 2. process direction screens it: the test of the criteria and the triage are in the form; it accepts
        tasklist.login("procesregie.utrecht");
        String screen = "Casus screenen — " + caseNumber;
        assertThat(tasksIn(SCREENING, caseNumber)).containsExactly(screen);
        tasklist.screenshot("02-procesregie-screening-filter");
        TasklistPage.Form screening = openAndClaim(screen);
        assertThat(screening.text()).contains("Casus in het kort", caseNumber, "Aangemeld door: Politie", "Complexe problematiek",
                "Oppakken in het Veiligheidshuis", "Prioriteit");
        assertCasePageShowsTheCase(screening, caseNumber, familyName);
        screening.choose("Uw besluit", "Aannemen");
        assertThat(screening.labels()).contains("Uw besluit", "Reden van afwijken").doesNotContain("Verwijsadvies aan de aanmelder");
        tasklist.screenshot("03-casus-screenen");
        tasklist.complete(screen);
        Jobs.executeAll(managementService);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        steps.done("screening");

        // 3. ... and chooses the participants: the table proposes five, process direction drops the two optional ones
        String choose = "Deelnemers casusoverleg kiezen — " + caseNumber;
        assertThat(tasksIn(MY_ORGANISATION, caseNumber)).containsExactly(choose);
        TasklistPage.Form participants = openAndClaim(choose);
        assertThat(participants.text()).contains("Casus in het kort", caseNumber, "Voorstel van de partnerselectie", "Gemeente",
                "Reclassering (3RO)", "GGZ en verslavingszorg", "Maatschappelijk werk", "UWV");
        assertThat(participants.options("Voorgestelde partners laten vervallen")).containsExactlyInAnyOrder("Reclassering (3RO)",
                "GGZ en verslavingszorg", "Maatschappelijk werk", "UWV");
        participants.choose("Voorgestelde partners laten vervallen", "Maatschappelijk werk", "UWV");
        participants.group("Reden per wijziging")
                .type("Reden voor Maatschappelijk werk", "Schuldhulp loopt al via de gemeente; geen aparte rol nodig")
                .type("Reden voor UWV", "Geen uitkeringsvraag: Ravi heeft werk via een re-integratietraject");
        tasklist.screenshot("04-deelnemers-kiezen");
        tasklist.complete(choose);
        Jobs.executeAll(managementService);
        steps.done("deelnemers kiezen");

        // 4. ... and schedules the conference
        String schedule = "Casusoverleg plannen — " + caseNumber;
        assertThat(tasksIn(MY_ORGANISATION, caseNumber)).containsExactly(schedule);
        TasklistPage.Form planning = openAndClaim(schedule);
        assertThat(planning.text()).contains(caseNumber, "Deelnemers: Gemeente, Reclassering (3RO), GGZ en verslavingszorg");
        LocalDate conferenceDay = nextWorkingDayAfter(today.plusDays(7));
        planning.type("Datum van het casusoverleg", DUTCH_DATE.format(conferenceDay)).type("Tijdstip", "10:00")
                .choose("Vorm", "Op locatie").type("Locatie of link", "Veiligheidshuis Utrecht, zaal 3");
        assertThat(planning.errors()).isEmpty();
        tasklist.screenshot("05-casusoverleg-plannen");
        tasklist.complete(schedule);
        Jobs.executeAll(managementService);
        tasklist.logout();
        steps.done("casusoverleg plannen");

        // 5. each selected partner prepares as its own professional
        String prepare = "Casusoverleg voorbereiden — " + caseNumber;
        int shot = 6;
        for (String partner : PARTICIPANTS) {
            tasklist.login(partner + ".utrecht");
            assertThat(tasksIn(MY_ORGANISATION, caseNumber)).containsExactly(prepare);
            TasklistPage.Form preparation = openAndClaim(prepare);
            assertThat(preparation.text()).contains("Casus in het kort", caseNumber, "Casusoverleg voorbereiden", "om 10:00, op locatie");
            assertThat(preparation.labels()).contains("Wat weet uw organisatie dat van belang is voor deze casus?", "Grondslag voor het delen",
                    "Huidige betrokkenheid van uw organisatie bij de persoon of het gezin", "Naam", "Functie");
            preparation.type("Wat weet uw organisatie dat van belang is voor deze casus?", knowledgeOf(partner))
                    .select("Grondslag voor het delen", "Wet gegevensverwerking door samenwerkingsverbanden (WGS)")
                    .type("Huidige betrokkenheid van uw organisatie bij de persoon of het gezin", "Lopend contact, zie voorbereiding");
            preparation.group("Wie neemt deel namens uw organisatie?").type("Naam", "Deelnemer " + partner).type("Functie", "Teamleider")
                    .check("Heeft mandaat om namens de organisatie te beslissen (§5.5.2)");
            tasklist.screenshot(String.format("%02d-voorbereiden-%s", shot++, partner));
            tasklist.complete(prepare);
            tasklist.logout();
            Jobs.executeAll(managementService);
        }
        steps.done("voorbereiding (3 partners)");

        // 6. process direction records the conference; mental-health care is proposed (two signals) and appointed
        tasklist.login("procesregie.utrecht");
        String record = "Casusoverleg vastleggen — " + caseNumber;
        assertThat(tasksIn(MY_ORGANISATION, caseNumber)).containsExactly(record);
        TasklistPage.Form minutes = openAndClaim(record);
        assertThat(minutes.text()).contains("Casus in het kort", caseNumber, "Deelnemers en hun voorbereiding", "Voorbereid",
                "GGZ en verslavingszorg: hier ligt het zwaartepunt van de problematiek");
        assertThat(minutes.selected("Casusregisseur: partner")).isEqualTo("GGZ en verslavingszorg");
        String[] present = {"Gemeente", "Reclassering (3RO)", "GGZ en verslavingszorg"};
        minutes.choose("Aanwezig", present).choose("Aanwezig met mandaat (§5.5.2)", present)
                .type("Gezamenlijke analyse van het hele systeem", "Verslaving en schulden versterken elkaar; toezicht houdt structuur")
                .type("Besluiten van het casusoverleg", "GGZ voert de regie; plan van aanpak binnen twee weken")
                .type("Casusregisseur: gebruikersnaam", DIRECTOR);
        tasklist.screenshot(String.format("%02d-casusoverleg-vastleggen", shot++));
        tasklist.complete(record);
        Jobs.executeAll(managementService);
        JsonNode conference = Api.as(port, "procesregie.utrecht").get("/api/cases/" + caseNumber + "/conference").body();
        assertThat(conference.toString()).contains("\"caseDirectorUser\":\"" + DIRECTOR + "\"", "\"caseDirectorPartner\":\"ggz\"");
        tasklist.logout();
        steps.done("casusoverleg vastleggen");

        // 7. the case director drafts the plan: one agreement for probation, one for the municipality
        tasklist.login(DIRECTOR);
        String draft = "Plan van aanpak opstellen — " + caseNumber;
        assertThat(tasksIn(MY_CASES, caseNumber)).containsExactly(draft);
        tasklist.openTask(draft);
        tasklist.claimIfNeeded();
        TasklistPage.Form plan = tasklist.form();
        assertThat(plan.text()).contains("Casus in het kort", caseNumber, "Plan van aanpak opstellen", "Casusregisseur: GGZ en verslavingszorg");
        LocalDate probationDue = today.plusWeeks(3);
        LocalDate municipalityDue = today.plusWeeks(6);
        plan.type("Doel van het plan", "Ravi blijft uit beeld bij politie en justitie en krijgt zijn schulden onder controle")
                .choose("Leefgebieden met een doel", "Inkomen en omgaan met geld");
        plan.type("Doel op inkomen en omgaan met geld", "Een schuldregeling loopt en de vaste lasten worden betaald");
        plan.group("Afspraak 1").select("Partner", "Reclassering (3RO)")
                .type("Wat doet de partner?", "Wekelijks toezichtgesprek en controle op middelengebruik").type("Voor wie in het gezin?", "Ravi")
                .select("Leefgebied", "Delictgeschiedenis").select("Soort interventie", "Strafrechtelijk")
                .type("Uiterlijk nagekomen op", DUTCH_DATE.format(probationDue));
        plan.group("Afspraak 2").select("Partner", "Gemeente")
                .type("Wat doet de partner?", "Aanmelding bij de schuldhulpverlening en budgetbeheer").type("Voor wie in het gezin?", "Ravi")
                .select("Leefgebied", "Inkomen en omgaan met geld").select("Soort interventie", "Bestuurlijk")
                .type("Uiterlijk nagekomen op", DUTCH_DATE.format(municipalityDue));
        assertThat(plan.errors()).isEmpty();
        tasklist.screenshot(String.format("%02d-plan-van-aanpak-opstellen", shot++));
        tasklist.complete(draft);
        Jobs.executeAll(managementService);
        tasklist.logout();
        steps.done("plan opstellen");

        // 8. each partner holding agreements confirms its own with its mandate
        String confirm = "Afspraken bevestigen — " + caseNumber;
        for (String partner : List.of("reclassering", "gemeente")) {
            tasklist.login(partner + ".utrecht");
            assertThat(tasksIn(MY_ORGANISATION, caseNumber)).containsExactly(confirm);
            TasklistPage.Form confirmation = openAndClaim(confirm);
            assertThat(confirmation.text()).contains("Casus in het kort", caseNumber, "Uw afspraken in het plan van aanpak",
                    "Plan van aanpak: versie 1");
            List<String> rows = confirmation.tableRows("Afspraken");
            assertThat(rows).as("only its own agreement").singleElement().asString()
                    .contains(partner.equals("reclassering") ? "Wekelijks toezichtgesprek" : "schuldhulpverlening");
            confirmation.choose("Uw besluit", "Ik bevestig deze afspraken namens mijn organisatie")
                    .check("Ik heb het mandaat om namens mijn organisatie over deze afspraken te besluiten");
            tasklist.screenshot(String.format("%02d-afspraken-bevestigen-%s", shot++, partner));
            tasklist.complete(confirm);
            tasklist.logout();
            Jobs.executeAll(managementService);
        }
        JsonNode fixedPlan = Api.as(port, "procesregie.utrecht").get("/api/cases/" + caseNumber + "/plan").body();
        assertThat(fixedPlan.get("status").asText()).isEqualTo("FIXED");
        steps.done("afspraken bevestigen (2 partners)");

        // 9. time passes: probation's agreement reaches its due date, then the week of grace, without a report
        ProcessInstance monitoring = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanMonitoringProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(monitoring).as("monitoring of the fixed plan").isNotNull();
        fireTimerOfAgreement(monitoring, PlanMonitoringProcess.BOUNDARY_EVENT_AGREEMENT_DUE, "A1");
        fireTimerOfAgreement(monitoring, PlanMonitoringProcess.BOUNDARY_EVENT_REPORT_OVERDUE, "A1");
        Jobs.executeAll(managementService);
        steps.done("timers afgaan");

        // 10. the tactical meeting of Utrecht finds the escalation in its "Opschalingen" filter
        tasklist.login("tactisch-overleg.utrecht");
        assertThat(tasklist.filterNames()).contains(ESCALATIONS);
        String handle = "Opschaling behandelen — " + caseNumber;
        assertThat(tasksIn(ESCALATIONS, caseNumber)).containsExactly(handle);
        tasklist.screenshot(String.format("%02d-tactisch-overleg-opschalingen", shot++));
        tasklist.openTask(handle);
        TasklistPage.Form escalation = tasklist.form();
        new WebDriverWait(tasklist.driver(), Duration.ofSeconds(25)).until(d -> escalation.text().contains("Verloop van de opschaling"));
        assertThat(escalation.text()).contains("Opschaling in het kort", caseNumber, "Afspraak niet nagekomen",
                "Tactisch overleg", "nog open", "Afspraak: A1");
        assertThat(escalation.labels()).contains("Uw besluit");
        tasklist.screenshot(String.format("%02d-opschaling-behandelen", shot++));
        JsonNode dossier = escalationDossierFromTheForm(shot++);
        assertThat(dossier.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(dossier.get("agreementRef").asText()).isEqualTo("A1");
        assertThat(dossier.get("whatHappened").asText()).contains("Afspraak A1 van Reclassering (3RO)", DUTCH_DATE.format(probationDue),
                "nog niet gerapporteerd");
        tasklist.logout();
        steps.done("opschaling bij tactisch overleg");

        // 11. Rotterdam-Rijnmond sees none of it: no task of the case in any filter, no case page; not its process direction,
        //     not its probation service, not its tactical meeting
        for (String user : List.of("procesregie.rotterdam-rijnmond", "reclassering.rotterdam-rijnmond", "tactisch-overleg.rotterdam-rijnmond")) {
            tasklist.login(user);
            List<String> filters = tasklist.filterNames();
            assertThat(filters).contains(INBOX);
            for (String filter : filters) {
                assertThat(tasksIn(filter, caseNumber)).as(user + " in filter " + filter).isEmpty();
                assertThat(tasklist.texts("[cam-tasks] li.task")).as(user + " in filter " + filter).noneMatch(t -> t.contains(caseNumber));
            }
            tasklist.screenshot(String.format("%02d-%s-geen-taken", shot++, user.replace('.', '-')));
            assertCasePageShowsNothing(caseNumber, String.format("%02d-%s-casuspagina", shot++, user.replace('.', '-')));
            tasklist.logout();
        }
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).body())
                .isEmpty();
        steps.done("Rotterdam-Rijnmond ziet niets");
        LOG.info("Walk of {} through Tasklist took {} s: {}", caseNumber, steps.total().toSeconds(), steps);
    }

    // ------------------------------------------------------------------ the start form

    /** The police of Utrecht refer the case with the start form; answers the new case's number. */
    private String refer(String familyName, LocalDate today) {
        long lastCaseId = cases.findAll().stream().mapToLong(CaseFile::getId).max().orElse(0);
        tasklist.login("politie.utrecht");
        assertThat(tasklist.startProcess(PROCESS_NAME, "00-proces-starten")).contains(PROCESS_NAME);
        TasklistPage.Form form = tasklist.form();
        assertThat(form.text()).contains("Casus aanmelden bij het Veiligheidshuis");
        form.select("Regio", "Utrecht").select("Aanmeldende partner", "Politie").select("Instroomroute", "Vanuit de eigen rol van een partner")
                .choose("Soort casus", "Persoon")
                .type("Wat speelt er en waarom het Veiligheidshuis?", "Jongvolwassene onder reclasseringstoezicht met verslaving en "
                        + "oplopende schulden; opnieuw verdacht van diefstal. Straf-, zorg- en gemeentelijke keten zijn nodig.");
        form.group("Betrokkene").type("Voornaam", "Ravi").type("Achternaam", familyName).type("Geboortedatum", "14-05-1999")
                .type("BSN", TasklistReferralBrowserTest.validBsn(System.nanoTime())).type("Woonplaats (gemeente)", "Utrecht");
        form.choose("Leefgebieden met problemen", "Delictgeschiedenis", "Inkomen en omgaan met geld", "Druggebruik", "Emotioneel welzijn");
        form.group("Criteria voor complexe problematiek").type("Aantal ketens dat moet samenwerken", "3")
                .check("De problemen leiden (naar verwachting) tot criminaliteit, overlast of verder afglijden")
                .check("Dwang- en drangmiddelen zijn nodig")
                .check("Het gezinssysteem of de directe sociale omgeving wordt geraakt");
        form.group("Wat speelt er verder?").check("Onder toezicht van de reclassering").check("Psychische problemen")
                .check("Verslavingsproblemen").check("Inkomens- of schuldenproblemen");
        form.group("Informeren van de betrokkene").check("De betrokkene is geïnformeerd over deze aanmelding")
                .type("Geïnformeerd op", DUTCH_DATE.format(today));
        assertThat(form.errors()).isEmpty();
        tasklist.screenshot("01-startformulier-aanmelden");
        tasklist.submitStartForm();
        tasklist.waitForNotification("Het proces is gestart.");
        tasklist.waitForModalClosed();
        tasklist.logout();

        CaseFile referred = cases.findAll().stream().filter(c -> c.getId() > lastCaseId)
                .filter(c -> subjects.findByCaseIdOrderById(c.getId()).stream().anyMatch(s -> familyName.equals(s.getFamilyName())))
                .findFirst().orElseThrow(() -> new AssertionError("no case registered for " + familyName));
        assertThat(referred.getRegionId()).isEqualTo("utrecht");
        assertThat(referred.getReferringPartner()).isEqualTo("politie");
        Jobs.executeAll(managementService);
        return referred.getCaseNumber();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The tasks of this case in this filter, as a professional finds them: choose the filter, type the case number in
     * the list's search. Every task name carries the case number.
     */
    private List<String> tasksIn(String filter, String caseNumber) {
        tasklist.openFilter(filter);
        return tasklist.searchTasks(caseNumber);
    }

    private TasklistPage.Form openAndClaim(String taskName) {
        tasklist.openTask(taskName);
        tasklist.claim();
        return tasklist.form();
    }

    /** Fires one monitoring timer of one agreement of the case: time passing is the only step not taken in Tasklist. */
    private void fireTimerOfAgreement(ProcessInstance monitoring, String timerActivity, String agreementKey) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(monitoring.getId()).activityId(timerActivity).timers().list();
        Job timer = timers.stream()
                .filter(job -> agreementKey.equals(runtimeService.getVariable(job.getExecutionId(), PlanMonitoringProcess.AGREEMENT_KEY)))
                .findFirst().orElseThrow(() -> new AssertionError("no timer " + timerActivity + " for agreement " + agreementKey));
        managementService.executeJob(timer.getId());
    }

    /** The form's link opens the read-only case page, which shows the case and its subject with the Tasklist session. */
    private void assertCasePageShowsTheCase(TasklistPage.Form form, String caseNumber, String familyName) {
        String casePage = form.link("Casusdossier openen");
        assertThat(casePage).endsWith("/casus/?case=" + caseNumber);
        inNewTab(casePage, driver -> {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("title")).getText().equals("Casus " + caseNumber));
            assertThat(driver.findElement(By.id("subjects")).getText()).contains(familyName);
            tasklist.screenshot("02a-casuspagina-procesregie");
        });
    }

    /** The case page answers as if the case did not exist, and shows none of its data. */
    private void assertCasePageShowsNothing(String caseNumber, String screenshot) {
        inNewTab(tasklist.url("/casus/?case=" + caseNumber), driver -> {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("message")).getText()
                    .equals("Geen casus " + caseNumber + " gevonden die u mag inzien."));
            assertThat(driver.findElement(By.id("case")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("title")).getText()).isEmpty();
            tasklist.screenshot(screenshot);
        });
    }

    /** Follows the form's link to the escalation dossier (the record with the texts, read with the Tasklist session). */
    private JsonNode escalationDossierFromTheForm(int shot) {
        String href = tasklist.driver().findElement(By.cssSelector(".fjs-form a[href*='/api/escalations/']")).getAttribute("href");
        String[] body = new String[1];
        inNewTab(href, driver -> {
            body[0] = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("\"agreementRef\"") ? text : null;
            });
            tasklist.screenshot(String.format("%02d-opschalingsdossier", shot));
        });
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body[0].substring(body[0].indexOf('{')));
        } catch (java.io.IOException e) {
            throw new AssertionError("the escalation dossier is no JSON: " + body[0], e);
        }
    }

    private void inNewTab(String url, java.util.function.Consumer<WebDriver> check) {
        WebDriver driver = tasklist.driver();
        String tasklistWindow = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            driver.get(url);
            check.accept(driver);
        } finally {
            driver.close();
            driver.switchTo().window(tasklistWindow);
        }
    }

    private static String knowledgeOf(String partner) {
        return switch (partner) {
            case "gemeente" -> "Schulden van ruim 20.000 euro; aanvraag bijstand loopt";
            case "reclassering" -> "Toezicht sinds maart; twee keer een positieve urinecontrole";
            case "ggz" -> "In behandeling voor verslaving; afspraken worden wisselend nagekomen";
            default -> throw new IllegalArgumentException(partner);
        };
    }

    /** How long each step of the walk took, for the log (the walk should stay well under two minutes). */
    static final class Steps {

        private final long start = System.nanoTime();
        private long last = start;
        private final StringBuilder done = new StringBuilder();

        void done(String step) {
            long now = System.nanoTime();
            done.append(done.isEmpty() ? "" : ", ").append(step).append(' ').append(Duration.ofNanos(now - last).toMillis() / 100 / 10.0).append(" s");
            last = now;
        }

        Duration total() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    private static LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day;
        while (next.getDayOfWeek().getValue() >= 6) {
            next = next.plusDays(1);
        }
        return next;
    }
}
