package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;
import static nl.veiligheidshuis.conference.ConferenceScenario.DUTCH_DATE;
import static nl.veiligheidshuis.conference.ConferenceScenario.preparation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.veiligheidshuis.browser.TasklistBrowser;
import nl.veiligheidshuis.browser.TasklistPage;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conference forms in the real Tasklist (headless Chromium, Dutch): the proposal table and the options offered
 * from variables ({@code valuesKey}), a reason field that appears per changed partner (group with a path), the date
 * typed the Dutch way, a partner's preparation with its legal basis, and the record with the case director prefilled.
 * What the forms submit is then checked in the tables. Screenshots land in {@code <build dir>/browser-screenshots/conference/}.
 * Skipped when Chromium or its driver is not installed.
 */
@IntegrationTest
class ConferenceFormsBrowserTest {

    static final String PROCESS_NAME = "Casusoverleg voorbereiden en houden";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    ConferenceRepository conferences;

    @Autowired
    ConferencePartnerRepository conferencePartners;

    ConferenceScenario scenario;
    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser("conference");

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
        scenario = new ConferenceScenario(port, runtimeService, managementService, cases);
    }

    @AfterEach
    void endConferences() {
        if (scenario != null) {
            scenario.endStartedConferences();
        }
    }




    @Test
    void processDirectionAndAPartnerWorkTheConferenceFormsInTasklist() {
        String caseNumber = scenario.acceptedCase();
        ProcessInstance conference = scenario.startConference(caseNumber);
        LocalDate day = LocalDate.now().plusDays(8);

        // 1. process direction sees the proposal with its reasons, adds the housing corporation and drops school attendance
        tasklist.login("procesregie.utrecht");
        String choose = "Deelnemers casusoverleg kiezen — " + caseNumber;
        TasklistPage.Form participants = openAndClaim(choose, PROCESS_NAME);
        assertThat(participants.text()).contains("Casus in het kort", caseNumber, "Regio: Utrecht", "Voorstel van de partnerselectie",
                "Raad voor de Kinderbescherming", "Minderjarige betrokken", "Huiselijk geweld", "Altijd nodig (regie op de samenwerking)",
                "Vereist");
        assertThat(participants.options("Partners toevoegen")).contains("GGZ en verslavingszorg", "Woningcorporatie", "UWV")
                .doesNotContain("Gemeente", "Politie");
        assertThat(participants.options("Voorgestelde partners laten vervallen")).containsExactly("Openbaar Ministerie", "Politie",
                "Raad voor de Kinderbescherming", "Jeugdzorg", "Leerplicht");
        assertThat(participants.labels()).noneMatch(label -> label.startsWith("Reden voor"));
        participants.choose("Partners toevoegen", "Woningcorporatie").choose("Voorgestelde partners laten vervallen", "Leerplicht");
        assertThat(participants.labels()).contains("Reden voor Woningcorporatie", "Reden voor Leerplicht")
                .doesNotContain("Reden voor UWV", "Reden voor Politie");
        participants.group("Reden per wijziging").type("Reden voor Woningcorporatie", "Huurachterstand, ontruiming dreigt")
                .type("Reden voor Leerplicht", "Startkwalificatie behaald");
        tasklist.screenshot("01-deelnemers-kiezen");
        tasklist.complete(choose, PROCESS_NAME);
        Jobs.executeAll(managementService);
        assertThat(runtimeService.getVariable(conference.getId(), CONFERENCE_PARTNERS))
                .isEqualTo(List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg", "woningcorporatie"));

        // 2. planning: the date typed the Dutch way, the time as uu:mm
        String schedule = "Casusoverleg plannen — " + caseNumber;
        TasklistPage.Form planning = openAndClaim(schedule, PROCESS_NAME);
        assertThat(planning.text()).contains("Deelnemers: Gemeente, Openbaar Ministerie, Politie, Raad voor de Kinderbescherming, Jeugdzorg, "
                + "Woningcorporatie");
        planning.type("Datum van het casusoverleg", DUTCH_DATE.format(day)).type("Tijdstip", "10:00").choose("Vorm", "Op locatie")
                .type("Locatie of link", "Veiligheidshuis Utrecht, zaal 2");
        assertThat(planning.errors()).isEmpty();
        tasklist.screenshot("02-casusoverleg-plannen");
        tasklist.complete(schedule, PROCESS_NAME);
        Jobs.executeAll(managementService);
        Long conferenceId = (Long) runtimeService.getVariable(conference.getId(), CONFERENCE_ID);
        assertThat(conferences.findById(conferenceId).orElseThrow().getScheduledAt())
                .isEqualTo(day.atTime(LocalTime.of(10, 0)).atZone(ConferenceSchedule.NETHERLANDS).toInstant());
        tasklist.logout();

        // 3. youth care prepares: what it knows, on which legal basis, who attends with mandate
        tasklist.login("jeugdzorg.utrecht");
        String prepare = "Casusoverleg voorbereiden — " + caseNumber;
        TasklistPage.Form preparation = openAndClaim(prepare, PROCESS_NAME);
        assertThat(preparation.text()).contains("Casus in het kort", caseNumber, "om 10:00, op locatie",
                "Voorbereiding klaar op: " + ConferenceSchedule.plan(DUTCH_DATE.format(day), "10:00", "ONLINE", null,
                        Instant.now()).preparationDueText());
        preparation.type("Wat weet uw organisatie dat van belang is voor deze casus?", "Ambulante gezinsbegeleiding sinds januari")
                .select("Grondslag voor het delen", "Jeugdwet")
                .type("Huidige betrokkenheid van uw organisatie bij de persoon of het gezin", "Gezinscoach, wekelijks huisbezoek");
        assertThat(preparation.labels()).doesNotContain("Andere grondslag");
        preparation.group("Wie neemt deel namens uw organisatie?").type("Naam", "J. Jansen").type("Functie", "Teamleider jeugd")
                .check("Heeft mandaat om namens de organisatie te beslissen (§5.5.2)", true);
        tasklist.screenshot("03-casusoverleg-voorbereiden");
        tasklist.complete(prepare, PROCESS_NAME);
        tasklist.logout();
        for (String partner : List.of("gemeente", "om", "politie", "rvdk", "woningcorporatie")) {
            scenario.complete(partner + ".utrecht", scenario.taskOf(partner + ".utrecht", conference, "Casusoverleg voorbereiden"),
                    preparation(partner));
        }
        Jobs.executeAll(managementService);
        ConferencePartner youthCare = conferencePartners.findByConferenceIdAndPartnerGroup(conferenceId, "jeugdzorg").orElseThrow();
        assertThat(youthCare.getLegalBasis()).isEqualTo(LegalBasis.YOUTH_ACT);
        assertThat(youthCare.getAttendeeName()).isEqualTo("J. Jansen");
        assertThat(youthCare.getAttendeeHasMandate()).isTrue();

        // 4. process direction records the conference; youth care is proposed and prefilled as case director
        tasklist.login("procesregie.utrecht");
        String record = "Casusoverleg vastleggen — " + caseNumber;
        TasklistPage.Form minutes = openAndClaim(record, PROCESS_NAME);
        assertThat(minutes.text()).contains("Deelnemers en hun voorbereiding", "Voorbereid", "Toegevoegd door procesregie",
                "Jeugdzorg: hier ligt het zwaartepunt van de problematiek");
        assertThat(minutes.selected("Casusregisseur: partner")).isEqualTo("Jeugdzorg");
        List<String> present = List.of("Gemeente", "Openbaar Ministerie", "Politie", "Raad voor de Kinderbescherming", "Jeugdzorg");
        minutes.choose("Aanwezig", present.toArray(String[]::new))
                .choose("Aanwezig met mandaat (§5.5.2)", present.toArray(String[]::new))
                .type("Gezamenlijke analyse van het hele systeem", "Huiselijk geweld raakt ook de zus; school: verzuim; vrienden: criminele contacten")
                .type("Gezinsleden die risico lopen en wat zij nodig hebben", "Zus (10): eigen gekoppelde aanpak via jeugdzorg")
                .type("Besluiten van het casusoverleg", "Integraal plan van aanpak binnen twee weken")
                .type("Casusregisseur: gebruikersnaam", "jeugdzorg.utrecht");
        tasklist.screenshot("04-casusoverleg-vastleggen");
        tasklist.complete(record, PROCESS_NAME);
        Jobs.executeAll(managementService);
        tasklist.logout();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(conference.getId()).count()).as("ended").isZero();
        Conference held = conferences.findById(conferenceId).orElseThrow();
        assertThat(held.getStatus()).isEqualTo(ConferenceStatus.HELD);
        assertThat(held.getCaseDirectorPartner()).isEqualTo("jeugdzorg");
        assertThat(held.getCaseDirectorUser()).isEqualTo("jeugdzorg.utrecht");
        assertThat(held.getFamilyMembersAtRisk()).startsWith("Zus (10)");
        assertThat(conferencePartners.findByConferenceIdAndPartnerGroup(conferenceId, "leerplicht").orElseThrow().getChangeReason())
                .isEqualTo("Startkwalificatie behaald");
        assertThat(conferencePartners.findByConferenceIdAndPartnerGroup(conferenceId, "woningcorporatie").orElseThrow().getPresent()).isFalse();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(conference.getId()).includeDeleted()
                .variableNameIn(CHANGE_REASONS, PREPARATION_INFORMATION, ATTENDEE_NAME, SYSTEM_ANALYSIS, FAMILY_MEMBERS_AT_RISK).count())
                .as("free texts never in the engine's history").isZero();
    }

    /**
     * Opens the task with this name of this test's conference process from the list, claims it and waits for its form.
     * (case-lifecycle's own conference of the same case carries the same task names; the list shows the process too.)
     */
    private TasklistPage.Form openAndClaim(String taskName, String processName) {
        tasklist.openTask(taskName, processName);
        tasklist.claim();
        return tasklist.form();
    }
}
