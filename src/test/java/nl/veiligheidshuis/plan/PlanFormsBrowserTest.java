package nl.veiligheidshuis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.browser.TasklistBrowser;
import nl.veiligheidshuis.browser.TasklistPage;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan's Camunda Forms in the real 7.24 Tasklist (bundled form-js), in headless Chromium: the agreement slots
 * appear one by one as partners are chosen, the goal of a life domain appears when it is ticked, the partner sees
 * its own agreements in a {@code table} bound to a Json variable, a rejection needs a reason, and the revision form
 * comes prefilled with the rejection shown. What the forms submitted is checked in the tables. Screenshots go to
 * {@code <build dir>/browser-screenshots/plan/}. Skipped without Chromium and its driver.
 */
@IntegrationTest
class PlanFormsBrowserTest {

    static final String DIRECTOR = "jeugdzorg.utrecht";
    /** Dates are text fields typed as dd-mm-jjjj (the 7.24 date picker misreads Dutch dates). */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    PlanReader reader;

    @RegisterExtension
    final TasklistBrowser browser = new TasklistBrowser("plan");

    TasklistPage tasklist;

    @BeforeEach
    void usePage() {
        tasklist = browser.page();
    }


    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(TasklistPage.chromiumAvailable(), TasklistPage.skipReason());
    }



    @Test
    void theDirectorDraftsSlotBySlotThePartnersDecideAndTheRevisionFormComesPrefilledWithTheRejection() {
        CaseFile caseFile = referCase();
        String caseNumber = caseFile.getCaseNumber();
        startPlan(caseFile);
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(6);

        // 1. the draft: one slot to begin with; details and the next slot appear when a partner is chosen
        tasklist.login(DIRECTOR);
        String draftName = "Plan van aanpak opstellen — " + caseNumber;
        TasklistPage.Form draft = openAndClaim(taskId(caseNumber, ActionPlanProcess.USER_TASK_DRAFT_PLAN), draftName);
        assertThat(draft.text()).contains("Casus in het kort", caseNumber, "Casusregisseur: Jeugdzorg (jeugdzorg.utrecht)");
        assertThat(draft.hasGroup("Afspraak 1")).isTrue();
        assertThat(draft.hasGroup("Afspraak 2")).as("slot 2 waits for a partner in slot 1").isFalse();
        assertThat(draft.group("Afspraak 1").labels()).as("details wait for a partner").containsExactly("Afspraak 1", "Partner");
        assertThat(draft.labels()).doesNotContain("Doel op opleiding, werk en leren", "Voornaam");

        draft.type("Doel van het plan", "Sem gaat weer naar school en het geweld thuis stopt")
                .choose("Leefgebieden met een doel", "Opleiding, werk en leren");
        draft.type("Doel op opleiding, werk en leren", "Sem gaat elke dag naar school");
        TasklistPage.Form first = draft.group("Afspraak 1").select("Partner", "Politie");
        assertThat(first.labels()).contains("Wat doet de partner?", "Voor wie in het gezin?", "Leefgebied", "Soort interventie",
                "Uiterlijk nagekomen op");
        first.type("Wat doet de partner?", "Wijkagent bezoekt het gezin elke week").type("Voor wie in het gezin?", "Sem")
                .select("Leefgebied", "Huidig delict en delictpatroon").select("Soort interventie", "Strafrechtelijk")
                .type("Uiterlijk nagekomen op", DUTCH_DATE.format(due));
        assertThat(draft.hasGroup("Afspraak 2")).isTrue();
        assertThat(draft.hasGroup("Afspraak 3")).isFalse();
        draft.group("Afspraak 2").select("Partner", "GGZ en verslavingszorg").type("Wat doet de partner?", "Ambulante behandeling")
                .type("Voor wie in het gezin?", "moeder").select("Leefgebied", "Emotioneel welzijn").select("Soort interventie", "Zorg")
                .type("Uiterlijk nagekomen op", DUTCH_DATE.format(due));
        assertThat(draft.hasGroup("Afspraak 3")).isTrue();
        tasklist.screenshot("01-opstellen");
        tasklist.complete(draftName);

        PlanView version1 = reader.read(caseNumber, null, new nl.veiligheidshuis.casefile.Caller("procesregie.utrecht",
                List.of("procesregie"), List.of("utrecht")), nl.veiligheidshuis.privacy.AccessLog.Channel.API);
        assertThat(version1.version()).isEqualTo(1);
        assertThat(version1.goals()).containsExactly(new PlanView.Goal("EDUCATION_WORK", "Sem gaat elke dag naar school"));
        assertThat(version1.agreements()).extracting(PlanView.AgreementView::partner, PlanView.AgreementView::lifeDomain,
                PlanView.AgreementView::interventionKind, PlanView.AgreementView::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("politie", "CURRENT_OFFENCE", "CRIMINAL_LAW", due),
                        org.assertj.core.groups.Tuple.tuple("ggz", "EMOTIONAL_WELLBEING", "CARE", due));
        tasklist.logout();
        Jobs.executeAll(managementService);

        // 2. the police see their own agreement in the table and reject it with a reason
        tasklist.login("politie.utrecht");
        String confirmName = "Afspraken bevestigen — " + caseNumber;
        TasklistPage.Form police = openAndClaim(taskId(caseNumber, ActionPlanProcess.USER_TASK_CONFIRM_AGREEMENTS, "politie"), confirmName);
        assertThat(police.text()).contains("Uw organisatie: Politie", "Plan van aanpak: versie 1");
        assertThat(police.tableRows("Afspraken")).singleElement().asString()
                .contains("A1", "Wijkagent bezoekt het gezin elke week", "Sem", "Huidig delict en delictpatroon", "Strafrechtelijk");
        assertThat(police.text()).doesNotContain("Ambulante behandeling");
        assertThat(police.labels()).doesNotContain("Waarom wijst u de afspraken af?");
        police.choose("Uw besluit", "Ik wijs deze afspraken af");
        police.type("Waarom wijst u de afspraken af?", "Wekelijks huisbezoek past niet in onze capaciteit")
                .check("Ik heb het mandaat om namens mijn organisatie over deze afspraken te besluiten");
        tasklist.screenshot("02-bevestigen-afwijzen");
        tasklist.complete(confirmName);
        tasklist.logout();

        tasklist.login("ggz.utrecht");
        TasklistPage.Form ggz = openAndClaim(taskId(caseNumber, ActionPlanProcess.USER_TASK_CONFIRM_AGREEMENTS, "ggz"), confirmName);
        ggz.choose("Uw besluit", "Ik bevestig deze afspraken namens mijn organisatie")
                .check("Ik heb het mandaat om namens mijn organisatie over deze afspraken te besluiten");
        tasklist.complete(confirmName);
        tasklist.logout();
        Jobs.executeAll(managementService);

        // 3. the revision: the rejection in a table, slots prefilled, a third slot open; the director changes the police agreement
        tasklist.login(DIRECTOR);
        String reviseName = "Plan van aanpak aanpassen — " + caseNumber;
        TasklistPage.Form revise = openAndClaim(taskId(caseNumber, ActionPlanProcess.USER_TASK_REVISE_PLAN), reviseName);
        assertThat(revise.tableRows("Afwijzingen")).singleElement().asString().contains("Politie", "Wekelijks huisbezoek past niet",
                "politie.utrecht");
        assertThat(revise.tableRows("Afspraken in versie 1")).hasSize(2);
        TasklistPage.Form prefilled = revise.group("Afspraak 1");
        assertThat(prefilled.selected("Partner")).isEqualTo("Politie");
        assertThat(prefilled.value("Wat doet de partner?")).isEqualTo("Wijkagent bezoekt het gezin elke week");
        assertThat(prefilled.value("Uiterlijk nagekomen op")).isEqualTo(DUTCH_DATE.format(due));
        assertThat(revise.value("Doel op opleiding, werk en leren")).isEqualTo("Sem gaat elke dag naar school");
        assertThat(revise.hasGroup("Afspraak 3")).isTrue();
        assertThat(revise.hasGroup("Afspraak 4")).isFalse();
        prefilled.type("Wat doet de partner?", "Wijkagent bezoekt het gezin eens per maand");
        tasklist.screenshot("03-aanpassen");
        tasklist.complete(reviseName);
        tasklist.logout();
        Jobs.executeAll(managementService);

        // only the police confirm version 2
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ActionPlanProcess.USER_TASK_CONFIRM_AGREEMENTS).list()).singleElement()
                .satisfies(t -> assertThat(taskService.getIdentityLinksForTask(t.getId())).anyMatch(l -> "politie".equals(l.getGroupId())));
    }

    private CaseFile referCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        return cases.findByCaseNumber(referred.body().get("caseNumber").asText()).orElseThrow();
    }

    private void startPlan(CaseFile caseFile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseFile.getId());
        variables.put(CaseVariables.CASE_NUMBER, caseFile.getCaseNumber());
        variables.put(CaseVariables.REGION, caseFile.getRegionId());
        variables.put(CaseVariables.CASE_TYPE, "PERSON");
        variables.put(ActionPlanProcess.CASE_DIRECTOR_PARTNER, "jeugdzorg");
        variables.put(ActionPlanProcess.CASE_DIRECTOR_USER, DIRECTOR);
        runtimeService.startProcessInstanceByKey(ActionPlanProcess.KEY, caseFile.getCaseNumber(), variables);
    }

    private String taskId(String caseNumber, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskDefinitionKey).singleResult().getId();
    }

    private String taskId(String caseNumber, String taskDefinitionKey, String candidateGroup) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskDefinitionKey)
                .taskCandidateGroup(candidateGroup).singleResult();
        return task.getId();
    }

    /** Opens a task directly by its id, claims it when it is not assigned yet, and waits for its Camunda Form. */
    private TasklistPage.Form openAndClaim(String taskId, String taskName) {
        tasklist.openTaskById(taskId, taskName);
        tasklist.claimIfNeeded();
        return tasklist.form();
    }
}
