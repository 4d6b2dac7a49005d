package nl.veiligheidshuis.conference;

import static nl.veiligheidshuis.conference.ConferenceProcess.*;
import static nl.veiligheidshuis.conference.ConferenceScenario.DUTCH_DATE;
import static nl.veiligheidshuis.conference.ConferenceScenario.PROPOSED;
import static nl.veiligheidshuis.conference.ConferenceScenario.json;
import static nl.veiligheidshuis.conference.ConferenceScenario.preparation;
import static nl.veiligheidshuis.conference.ConferenceScenario.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.InvolvementRepository;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.lifecycle.CaseLifecycleProcess;
import nl.veiligheidshuis.plan.PlanService;
import nl.veiligheidshuis.plan.PlanSubmission;
import nl.veiligheidshuis.casefile.Contribution;
import nl.veiligheidshuis.casefile.ContributionRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code case-conference} in the assembled application: a referral through the API, screened and accepted by
 * process direction, then the conference started as case-lifecycle will call it (as no user, business key = case
 * number, the case's variables). Tasks are worked over engine REST as the demo users of Utrecht, with the real
 * delegates, tables, authorizations and tenant checks.
 */
@IntegrationTest
class CaseConferenceIntegrationTest {

    /**
     * Engine REST answers a completion that a delegate refuses (UserInput: BadUserRequestException) with 500 and the
     * refusal's message ("Cannot complete task ...: <reason>"); Tasklist shows that message and keeps the form's input.
     * Only a FormFieldValidationException would give 400 (see the report to the integrator).
     */
    static final int REST_COMPLETION_REFUSED = 500;

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
    ContributionRepository contributions;

    @Autowired
    ConferenceRepository conferences;

    @Autowired
    ConferencePartnerRepository conferencePartners;

    @Autowired
    AccessLog accessLog;

    @Autowired
    Involvements involvements;

    @Autowired
    InvolvementRepository involvementRows;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    PlanService planService;

    ConferenceScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new ConferenceScenario(port, runtimeService, managementService, cases);
    }

    @Test
    void thePreparationReachesExactlyTheSelectedPartnersOfTheRegionAndOnlyTheyMayReadTheCase() {
        String caseNumber = acceptedCase();
        ProcessInstance conference = startConference(caseNumber);
        // the choice of process direction stands as proposed
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", conference, "Deelnemers casusoverleg kiezen"), Map.of());
        Jobs.executeAll(managementService);
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", conference, "Casusoverleg plannen"), planning());
        Jobs.executeAll(managementService);

        for (String partner : PROPOSED) {
            JsonNode inbox = tasks(partner + ".utrecht", conference);
            assertThat(inbox).as(partner).hasSize(1);
            assertThat(inbox.get(0).get("name").asText()).isEqualTo("Casusoverleg voorbereiden — " + caseNumber);
            assertThat(inbox.get(0).get("tenantId").asText()).isEqualTo("utrecht");
            assertThat(inbox.get(0).get("due").isNull()).isFalse();
        }
        assertThat(tasks("jeugdzorg.rotterdam-rijnmond", conference)).isEmpty();
        assertThat(tasks("ggz.utrecht", conference)).isEmpty();
        assertThat(tasks("uwv.utrecht", conference)).isEmpty();

        // need to know: the selected partners now read the case and its conference, the others do not learn it exists
        assertThat(Api.as(port, "jeugdzorg.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
        assertThat(Api.as(port, "leerplicht.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
        assertThat(Api.as(port, "ggz.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(Api.as(port, "jeugdzorg.rotterdam-rijnmond").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        Api.Answer read = Api.as(port, "jeugdzorg.utrecht").get("/api/cases/" + caseNumber + "/conference");
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().get("location").asText()).isEqualTo("Veiligheidshuis Utrecht, zaal 2");
        assertThat(read.body().get("partners")).hasSize(6);
        assertThat(Api.as(port, "ggz.utrecht").get("/api/cases/" + caseNumber + "/conference").status()).isEqualTo(404);
        assertThat(accessLog.forCase(caseNumber)).extracting(e -> e.getUserId() + ":" + e.getPurpose())
                .contains("jeugdzorg.utrecht:casusoverleg inzien");
    }

    @Test
    void theConferenceRunsThroughTheRealDelegatesToItsCaseDirector() {
        String caseNumber = acceptedCase();
        ProcessInstance conference = startConference(caseNumber);
        Long caseId = cases.findByCaseNumber(caseNumber).orElseThrow().getId();

        // the participants form shows the proposal and the options, as Json variables Tasklist can render
        String choose = taskOf("procesregie.utrecht", conference, "Deelnemers casusoverleg kiezen");
        JsonNode shown = Api.as(port, "procesregie.utrecht").get("/engine-rest/task/" + choose + "/variables?deserializeValues=false").body();
        assertThat(shown.get(PARTNER_PROPOSAL).get("type").asText()).isEqualTo("Json");
        assertThat(jsonText(shown.get(PARTNER_PROPOSAL))).contains("\"partnerName\":\"Raad voor de Kinderbescherming\"",
                "\"reasons\":\"Minderjarige betrokken\"");
        assertThat(jsonText(shown.get(ADDABLE_PARTNERS))).contains("{\"label\":\"GGZ en verslavingszorg\",\"value\":\"ggz\"}");
        assertThat(jsonText(shown.get(DROPPABLE_PARTNERS))).doesNotContain("gemeente");

        // a change without its reason, or dropping the municipality, is refused with a Dutch message; nothing is lost
        Api.Answer noReason = completion("procesregie.utrecht", choose, Map.of(DROPPED_PARTNERS, json("[\"leerplicht\"]")));
        assertThat(noReason.status()).as(noReason.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(noReason.body().get("message").asText()).contains("Geef de reden waarom u Leerplicht laat vervallen");
        Api.Answer municipality = completion("procesregie.utrecht", choose, Map.of(DROPPED_PARTNERS, json("[\"gemeente\"]"),
                CHANGE_REASONS, json("{\"gemeente\": \"geen rol\"}")));
        assertThat(municipality.status()).as(municipality.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(municipality.body().get("message").asText()).contains("De gemeente neemt altijd deel");
        assertThat(conferencePartners.findAll()).noneMatch(p -> p.isSelected() && conferenceOf(p).getCaseId().equals(caseId));

        complete("procesregie.utrecht", choose, Map.of(ADDED_PARTNERS, json("[\"woningcorporatie\"]"),
                DROPPED_PARTNERS, json("[\"leerplicht\"]"),
                CHANGE_REASONS, json("{\"woningcorporatie\": \"Huurachterstand, ontruiming dreigt\", \"leerplicht\": \"Startkwalificatie behaald\"}")));
        Jobs.executeAll(managementService);
        List<String> participants = List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg", "woningcorporatie");
        assertThat(runtimeService.getVariable(conference.getId(), CONFERENCE_PARTNERS)).isEqualTo(participants);

        // planning in the past is refused; a planning next week stands
        String schedule = taskOf("procesregie.utrecht", conference, "Casusoverleg plannen");
        Map<String, Object> past = new HashMap<>(planning());
        past.put(CONFERENCE_DATE, value(DUTCH_DATE.format(LocalDate.now().minusDays(1))));
        Api.Answer inThePast = completion("procesregie.utrecht", schedule, past);
        assertThat(inThePast.status()).as(inThePast.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(inThePast.body().get("message").asText()).contains("Het casusoverleg moet in de toekomst liggen");
        complete("procesregie.utrecht", schedule, planning());
        Jobs.executeAll(managementService);
        assertThat(tasks("leerplicht.utrecht", conference)).as("dropped").isEmpty();
        assertThat(tasks("woningcorporatie.utrecht", conference)).as("added").hasSize(1);

        // an incomplete preparation is refused; complete ones go into the case file with source partner and legal basis
        String youthCare = taskOf("jeugdzorg.utrecht", conference, "Casusoverleg voorbereiden");
        Map<String, Object> incomplete = new HashMap<>(preparation("jeugdzorg"));
        incomplete.remove(PREPARATION_LEGAL_BASIS);
        Api.Answer refused = completion("jeugdzorg.utrecht", youthCare, incomplete);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(refused.body().get("message").asText()).contains("Kies de grondslag waarop u de informatie deelt");
        for (String partner : List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg")) {
            complete(partner + ".utrecht", taskOf(partner + ".utrecht", conference, "Casusoverleg voorbereiden"), preparation(partner));
        }
        Jobs.executeAll(managementService);
        List<Contribution> shared = contributions.findByCaseIdOrderById(caseId).stream()
                .filter(c -> c.getKind().equals(ConferenceService.KIND_PREPARATION)).toList();
        assertThat(shared).extracting(Contribution::getSourcePartner).containsExactly("gemeente", "om", "politie", "rvdk", "jeugdzorg");
        assertThat(shared).extracting(Contribution::getLegalBasis).containsOnly(LegalBasis.WGS.label());
        assertThat(shared.get(4).getAuthor()).isEqualTo("jeugdzorg.utrecht");
        // the free texts never reached the engine's history
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(conference.getId()).includeDeleted()
                .variableNameIn(PREPARATION_INFORMATION, ATTENDEE_NAME, CHANGE_REASONS, CONFERENCE_LOCATION).count()).isZero();

        // the housing corporation is reminded, then misses the deadline: recorded as not prepared, the conference goes on
        executeTimer(conference, BOUNDARY_EVENT_PREPARATION_REMINDER);
        assertThat(taskOf("woningcorporatie.utrecht", conference, "Herinnering: casusoverleg voorbereiden")).isNotNull();
        executeTimer(conference, BOUNDARY_EVENT_PREPARATION_OVERDUE);
        Jobs.executeAll(managementService);
        assertThat(tasks("woningcorporatie.utrecht", conference)).isEmpty();
        assertThat(taskOf("procesregie.utrecht", conference, "Ontbrekende voorbereiding opvolgen")).isNotNull();
        Long conferenceId = (Long) runtimeService.getVariable(conference.getId(), CONFERENCE_ID);
        assertThat(conferencePartners.findByConferenceIdAndPartnerGroup(conferenceId, "woningcorporatie").orElseThrow().getPreparationStatus())
                .isEqualTo(PreparationStatus.ABSENT);

        // the record: youth care is proposed as case director and prefilled; a director from another region is refused
        String record = taskOf("procesregie.utrecht", conference, "Casusoverleg vastleggen");
        JsonNode recordVariables = Api.as(port, "procesregie.utrecht").get("/engine-rest/task/" + record + "/variables?deserializeValues=false").body();
        assertThat(recordVariables.get(CASE_DIRECTOR_PARTNER).get("value").asText()).isEqualTo("jeugdzorg");
        assertThat(jsonText(recordVariables.get(CONFERENCE_OVERVIEW))).contains("Niet voorbereid (termijn verstreken)");
        Map<String, Object> elsewhere = new HashMap<>(conferenceRecord());
        elsewhere.put(CASE_DIRECTOR_USER, value("jeugdzorg.rotterdam-rijnmond"));
        Api.Answer wrongRegion = completion("procesregie.utrecht", record, elsewhere);
        assertThat(wrongRegion.status()).as(wrongRegion.raw()).isEqualTo(REST_COMPLETION_REFUSED);
        assertThat(wrongRegion.body().get("message").asText()).contains("werkt niet in de regio van de casus");

        complete("procesregie.utrecht", record, conferenceRecord());
        Jobs.executeAll(managementService);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(conference.getId()).count()).as("ended").isZero();
        assertThat(lastValue(conference, CASE_DIRECTOR_PARTNER)).isEqualTo("jeugdzorg");
        assertThat(lastValue(conference, CASE_DIRECTOR_USER)).isEqualTo("jeugdzorg.utrecht");
        Conference held = conferences.findById(conferenceId).orElseThrow();
        assertThat(held.getStatus()).isEqualTo(ConferenceStatus.HELD);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getPhase().name()).isEqualTo("PLAN");
        assertThat(held.getCaseDirectorUser()).isEqualTo("jeugdzorg.utrecht");
        assertThat(held.getSystemAnalysis()).startsWith("Gezin met");
        assertThat(conferencePartners.findByConferenceIdAndPartnerGroup(conferenceId, "leerplicht").orElseThrow())
                .satisfies(p -> {
                    assertThat(p.isSelected()).isFalse();
                    assertThat(p.getChangeKind()).isEqualTo(ConferencePartner.Change.DROPPED);
                    assertThat(p.getChangeReason()).isEqualTo("Startkwalificatie behaald");
                });
        assertThat(Api.as(port, "leerplicht.utrecht").get("/api/cases/" + caseNumber).status()).as("dropped: never involved").isEqualTo(404);
        JsonNode read = Api.as(port, "jeugdzorg.utrecht").get("/api/cases/" + caseNumber + "/conference").body();
        assertThat(read.get("outcome").get("caseDirectorPartner").asText()).isEqualTo("jeugdzorg");
        assertThat(read.get("casePhase").asText()).isEqualTo("PLAN");
    }

    @Test
    void aPartnerDroppedAtANewConferenceLosesSightOfTheCaseUnlessItStillReferredItOrHoldsAnAgreement() {
        String caseNumber = acceptedCase();
        ProcessInstance first = startConference(caseNumber);
        CaseFile caseFile = cases.findByCaseNumber(caseNumber).orElseThrow();
        String lifecycle = caseFile.getProcessInstanceId();

        // the first conference as proposed: gemeente, om, politie (also the referrer), rvdk, jeugdzorg, leerplicht
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", first, "Deelnemers casusoverleg kiezen"), Map.of());
        Jobs.executeAll(managementService);
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", first, "Casusoverleg plannen"), planning());
        Jobs.executeAll(managementService);
        for (String partner : PROPOSED) {
            complete(partner + ".utrecht", taskOf(partner + ".utrecht", first, "Casusoverleg voorbereiden"), preparation(partner));
        }
        Jobs.executeAll(managementService);
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", first, "Casusoverleg vastleggen"), conferenceRecord());
        Jobs.executeAll(managementService);
        // the plan in force holds an agreement of the public prosecutor (as action-plan stores and fixes it)
        fixedPlanWithAgreementOf(caseFile.getId(), "om");
        for (String partner : List.of("leerplicht", "om", "politie", "jeugdzorg")) {
            assertThat(Api.as(port, partner + ".utrecht").get("/api/cases/" + caseNumber).status()).as(partner).isEqualTo(200);
            assertThat(instancesOf(partner + ".utrecht", caseNumber)).as(partner + " reads the case's instance").hasSize(1);
        }

        // the evaluation called a new conference: case-lifecycle leaves the plan phase and calls case-conference again
        runtimeService.createProcessInstanceModification(lifecycle).cancelAllForActivity(CaseLifecycleProcess.CALL_ACTIVITY_ACTION_PLAN)
                .startBeforeActivity(CaseLifecycleProcess.CALL_ACTIVITY_CONFERENCE).execute();
        Jobs.executeAll(managementService);
        ProcessInstance second = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).superProcessInstanceId(lifecycle)
                .singleResult();
        assertThat(second.getId()).isNotEqualTo(first.getId());
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", second, "Deelnemers casusoverleg kiezen"), Map.of(
                DROPPED_PARTNERS, json("[\"leerplicht\", \"om\", \"politie\"]"),
                CHANGE_REASONS, json("{\"leerplicht\": \"Sem gaat weer naar school\", \"om\": \"Strafzaak afgedaan\","
                        + " \"politie\": \"Geen incidenten meer\"}")));
        Jobs.executeAll(managementService);
        complete("procesregie.utrecht", taskOf("procesregie.utrecht", second, "Casusoverleg plannen"), planning());
        Jobs.executeAll(managementService);

        // dropped, and no other reason: the case no longer exists for it, in the API and in the engine
        assertThat(Api.as(port, "leerplicht.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(Api.as(port, "leerplicht.utrecht").get("/api/cases/" + caseNumber + "/conference").status()).isEqualTo(404);
        assertThat(instancesOf("leerplicht.utrecht", caseNumber)).isEmpty();
        assertThat(Api.as(port, "leerplicht.utrecht").get("/engine-rest/process-instance/" + lifecycle).status()).isEqualTo(404);
        assertThat(caseTasksOf("leerplicht.utrecht", caseNumber)).isEmpty();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("leerplicht").resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(lifecycle).count()).as("the engine grant is revoked").isZero();
        Involvement ended = involvementRows.findAll().stream()
                .filter(i -> i.getCaseId().equals(caseFile.getId()) && i.getPartnerGroup().equals("leerplicht")).findFirst().orElseThrow();
        assertThat(ended.getEndedAt()).as("when").isNotNull();
        assertThat(ended.getEndReason()).as("why").isEqualTo(ConferenceService.DROPPED_FROM_CONFERENCE + ": Sem gaat weer naar school");

        // dropped, but still involved for another reason: the referrer, and the partner holding an agreement of the plan
        assertThat(Api.as(port, "politie.utrecht").get("/api/cases/" + caseNumber).status()).as("referrer").isEqualTo(200);
        assertThat(instancesOf("politie.utrecht", caseNumber)).hasSize(1);
        assertThat(involvements.activeReasons(caseFile.getId(), "politie")).containsExactly(Involvement.Reason.REFERRER.name());
        assertThat(Api.as(port, "om.utrecht").get("/api/cases/" + caseNumber).status()).as("agreement").isEqualTo(200);
        assertThat(instancesOf("om.utrecht", caseNumber)).hasSize(1);
        assertThat(involvements.activeReasons(caseFile.getId(), "om")).containsExactly(Involvement.Reason.AGREEMENT.name());

        // kept: still sees the case, its instance and its new preparation task
        assertThat(Api.as(port, "jeugdzorg.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
        assertThat(instancesOf("jeugdzorg.utrecht", caseNumber)).hasSize(1);
        assertThat(taskOf("jeugdzorg.utrecht", second, "Casusoverleg voorbereiden")).isNotNull();
        assertThat(tasks("leerplicht.utrecht", second)).isEmpty();
        assertThat(accessLog.forCase(caseNumber)).extracting(e -> e.getPurpose())
                .contains("casusoverleg: niet meer geselecteerd: om, politie, leerplicht");
    }

    @AfterEach
    void endTheConferencesThisTestStarted() {
        scenario.endStartedConferences();
    }

    // ------------------------------------------------------------------ helpers

    private String acceptedCase() {
        return scenario.acceptedCase();
    }

    private ProcessInstance startConference(String caseNumber) {
        return scenario.startConference(caseNumber);
    }

    private Map<String, Object> planning() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CONFERENCE_DATE, value(DUTCH_DATE.format(LocalDate.now().plusDays(7))));
        variables.put(CONFERENCE_TIME, value("10:00"));
        variables.put(CONFERENCE_MODE, value("IN_PERSON"));
        variables.put(CONFERENCE_LOCATION, value("Veiligheidshuis Utrecht, zaal 2"));
        return variables;
    }

    private static Map<String, Object> conferenceRecord() {
        String present = "[\"gemeente\",\"om\",\"politie\",\"rvdk\",\"jeugdzorg\"]";
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PRESENT_PARTNERS, json(present));
        variables.put(MANDATED_PARTNERS, json(present));
        variables.put(SYSTEM_ANALYSIS, value("Gezin met huiselijk geweld; school: verzuim; vrienden: criminele contacten"));
        variables.put(CONFERENCE_DECISIONS, value("Integraal plan van aanpak; jeugdzorg voert de casusregie"));
        variables.put(CASE_DIRECTOR_PARTNER, value("jeugdzorg"));
        variables.put(CASE_DIRECTOR_USER, value("jeugdzorg.utrecht"));
        return variables;
    }

    /** The case's process instances as the user may read them over engine REST (business key = case number). */
    private JsonNode instancesOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/process-instance?businessKey=" + caseNumber);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    /** Every task of the case the user may read over engine REST, in any of its processes. */
    private JsonNode caseTasksOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    /** A plan with one agreement of the partner, confirmed and fixed through the plan's own service, as action-plan does. */
    private void fixedPlanWithAgreementOf(Long caseId, String partner) {
        PlanSubmission submission = new PlanSubmission("Sem gaat weer naar school en het geweld thuis stopt",
                List.of(new PlanSubmission.DomainGoal("CURRENT_OFFENCE", "Geen nieuwe delicten")),
                List.of(new PlanSubmission.AgreementInput(1, partner, "Strafzaak afdoen", "Sem", "CURRENT_OFFENCE", "CRIMINAL_LAW",
                        LocalDate.now().plusDays(30))), null);
        PlanService.StoredVersion version = planService.storeVersion(caseId, null, submission, List.of(), "jeugdzorg", "jeugdzorg.utrecht");
        for (String confirming : version.partnersToConfirm()) {
            planService.decide(caseId, version.version(), confirming, new PlanService.DecisionInput("CONFIRMED", null, true),
                    confirming + ".utrecht", null);
        }
        planService.fix(caseId, version.version());
    }

    private JsonNode tasks(String user, ProcessInstance instance) {
        return scenario.tasks(user, instance);
    }

    private String taskOf(String user, ProcessInstance instance, String namePrefix) {
        return scenario.taskOf(user, instance, namePrefix);
    }

    private Api.Answer completion(String user, String taskId, Map<String, Object> variables) {
        return scenario.completion(user, taskId, variables);
    }

    private void complete(String user, String taskId, Map<String, Object> variables) {
        scenario.complete(user, taskId, variables);
    }

    /** The value of a Json variable as engine REST returns it (embedded JSON or text). */
    private static String jsonText(JsonNode variable) {
        JsonNode value = variable.get("value");
        return value.isTextual() ? value.asText() : value.toString();
    }

    private void executeTimer(ProcessInstance instance, String boundaryEvent) {
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(boundaryEvent).singleResult();
        managementService.executeJob(timer.getId());
    }

    private Object lastValue(ProcessInstance instance, String variable) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(variable).singleResult()
                .getValue();
    }

    private Conference conferenceOf(ConferencePartner partner) {
        return conferences.findById(partner.getConferenceId()).orElseThrow();
    }
}
