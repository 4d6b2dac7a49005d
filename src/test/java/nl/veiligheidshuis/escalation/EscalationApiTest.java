package nl.veiligheidshuis.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.InvolvementRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Escalation over HTTP as professionals, governance and the national meeting use it: a Utrecht case's escalation
 * reaches Utrecht's tactical meeting only, climbs to Utrecht's steering group when the deadline passes, and the
 * steering group's decision comes back to the case director; regions never see each other's escalations; the
 * national meeting sees no personal data; an overdue agreement starts exactly one escalation.
 */
@IntegrationTest
class EscalationApiTest {

    static final String WHAT_HAPPENED = "Afgesproken gezinsbegeleiding is na zes weken nog niet gestart";
    static final String WHAT_WAS_TRIED = "Twee keer gebeld met de teamleider en het in het casusoverleg besproken";
    static final String DECISION_TEXT = "Jeugdzorg start de begeleiding met voorrang";
    /**
     * Engine REST answers a completion or form start that a delegate refuses with 500 and the refusal's message
     * ("Cannot complete task ...: <reason>"); Tasklist shows that message and keeps the form's input.
     */
    static final int REST_COMMAND_REFUSED = 500;
    static final String MEASURES = "Intake binnen vijf werkdagen; de manager jeugdzorg meldt de start aan de casusregisseur";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    EscalationRepository escalations;

    @Autowired
    EscalationLevelRepository levels;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    InvolvementRepository involvements;

    @Autowired
    AccessLog accessLog;

    @Autowired
    EscalationStarter starter;


    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ a case escalation, level by level

    @Test
    void anEscalationInAUtrechtCaseLandsWithUtrechtsTacticalMeetingOnlyAndKeepsItsTextsOutOfTheEngine() {
        AcceptedCase accepted = acceptedCase("utrecht");

        Api.Answer answer = as("politie.utrecht").post("/api/cases/" + accepted.caseNumber + "/escalations", escalation("DISAGREEMENT"));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        long id = answer.body().get("escalationId").asLong();
        assertThat(answer.body().get("reference").asText()).isEqualTo("ESC-utrecht-" + id);
        assertThat(answer.body().get("businessKey").asText()).isEqualTo(accepted.caseNumber);
        Jobs.executeAll(managementService);

        JsonNode inbox = tasksOf("tactisch-overleg.utrecht", accepted.caseNumber);
        assertThat(inbox).extracting(t -> t.get("name").asText()).containsExactly("Opschaling behandelen — " + accepted.caseNumber);
        assertThat(inbox.get(0).get("tenantId").asText()).isEqualTo("utrecht");
        assertThat(inbox.get(0).get("due").isNull()).isFalse();
        assertThat(tasksOf("tactisch-overleg.rotterdam-rijnmond", accepted.caseNumber)).isEmpty();
        assertThat(tasksOf("stuurgroep.utrecht", accepted.caseNumber)).as("not yet its level").isEmpty();
        assertThat(tasksOf("vh-manager.utrecht", accepted.caseNumber)).extracting(t -> t.get("name").asText())
                .contains("Opschaling ter kennisname — " + accepted.caseNumber);
        assertThat(tasksOf("vh-manager.rotterdam-rijnmond", accepted.caseNumber)).isEmpty();

        // the engine holds ids and codes only; the texts are in the escalation record
        Api.Answer variables = as("tactisch-overleg.utrecht").get("/engine-rest/task/" + inbox.get(0).get("id").asText() + "/variables");
        assertThat(variables.status()).isEqualTo(200);
        assertThat(variables.body().get("escalationId").get("value").asLong()).isEqualTo(id);
        assertThat(variables.body().get("reason").get("value").asText()).isEqualTo("DISAGREEMENT");
        assertThat(variables.raw()).doesNotContain(WHAT_HAPPENED).doesNotContain(WHAT_WAS_TRIED).doesNotContain("Testfamilie");
        Escalation stored = escalations.findById(id).orElseThrow();
        assertThat(stored.getWhatHappened()).isEqualTo(WHAT_HAPPENED);
        assertThat(stored.getEscalatedBy()).isEqualTo("politie.utrecht");
        assertThat(stored.getEscalatingPartner()).isEqualTo("politie");
        assertThat(stored.getAtLevel()).isEqualTo(Level.TACTICAL);
        assertThat(involvementReasons(accepted.caseId, "politie")).contains(Involvement.Reason.ESCALATION.name());
        assertThat(accessLog.forCase(accepted.caseNumber)).extracting(e -> e.getUserId() + ":" + e.getAction())
                .contains("politie.utrecht:CREATE");

        // the full record, texts included, for the tactical meeting of Utrecht; nobody of another region sees it
        Api.Answer record = as("tactisch-overleg.utrecht").get("/api/escalations/" + id);
        assertThat(record.status()).as(record.raw()).isEqualTo(200);
        assertThat(record.body().get("whatHappened").asText()).isEqualTo(WHAT_HAPPENED);
        assertThat(as("tactisch-overleg.rotterdam-rijnmond").get("/api/escalations/" + id).status()).isEqualTo(404);
        assertThat(as("landelijk").get("/api/escalations/" + id).status()).as("not national").isEqualTo(404);
    }

    @Test
    void whenTheTacticalDeadlinePassesUtrechtsSteeringGroupDecidesAndTheCaseDirectorCarriesItOut() {
        AcceptedCase accepted = acceptedCase("utrecht");
        runtimeService.setVariable(accepted.lifecycleInstanceId, EscalationProcess.CASE_DIRECTOR_PARTNER, "jeugdzorg");
        runtimeService.setVariable(accepted.lifecycleInstanceId, EscalationProcess.CASE_DIRECTOR_USER, "jeugdzorg.utrecht");
        Api.Answer answer = as("politie.utrecht").post("/api/cases/" + accepted.caseNumber + "/escalations",
                escalation("AGREEMENT_NOT_HONOURED"));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        long id = answer.body().get("escalationId").asLong();
        String instance = answer.body().get("processInstanceId").asText();
        Jobs.executeAll(managementService);
        assertThat(tasksOf("tactisch-overleg.utrecht", accepted.caseNumber)).hasSize(1);

        // the tactical meeting lets its ten days pass: the engine's clock moves, the timer job runs
        Job deadline = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(deadline.getDuedate()).isAfter(Date.from(new Date().toInstant().plus(Duration.ofDays(9))));
        ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        managementService.executeJob(deadline.getId());
        ClockUtil.reset();

        assertThat(tasksOf("tactisch-overleg.utrecht", accepted.caseNumber)).isEmpty();
        JsonNode steeringGroup = tasksOf("stuurgroep.utrecht", accepted.caseNumber);
        assertThat(steeringGroup).extracting(t -> t.get("name").asText()).containsExactly("Opschaling behandelen — " + accepted.caseNumber);
        assertThat(tasksOf("stuurgroep.rotterdam-rijnmond", accepted.caseNumber)).isEmpty();
        assertThat(tasksOf("politie.utrecht", accepted.caseNumber)).extracting(t -> t.get("name").asText())
                .contains("Verlopen opschalingstermijn bekijken — " + accepted.caseNumber);

        // a decision without measures fails the completion with a Dutch message and keeps the task
        String taskId = steeringGroup.get(0).get("id").asText();
        Api.Answer incomplete = complete("stuurgroep.utrecht", taskId, Map.of("escalationDecision", "RESOLVED",
                "escalationDecisionText", DECISION_TEXT));
        assertThat(incomplete.status()).isEqualTo(REST_COMMAND_REFUSED);
        assertThat(incomplete.body().get("message").asText()).contains("escalationMeasures").contains("Beschrijf de maatregelen");
        assertThat(tasksOf("stuurgroep.utrecht", accepted.caseNumber)).hasSize(1);

        Api.Answer resolved = complete("stuurgroep.utrecht", taskId, Map.of("escalationDecision", "RESOLVED",
                "escalationDecisionText", DECISION_TEXT, "escalationMeasures", MEASURES));
        assertThat(resolved.status()).as(resolved.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        // the decision comes back to the case director as a task; the involved partners are told
        JsonNode carryOut = tasksOf("jeugdzorg.utrecht", accepted.caseNumber);
        assertThat(carryOut).extracting(t -> t.get("name").asText()).contains("Besluit opschaling uitvoeren — " + accepted.caseNumber);
        assertThat(carryOut).filteredOn(t -> t.get("name").asText().startsWith("Besluit opschaling uitvoeren"))
                .extracting(t -> t.get("assignee").asText()).containsExactly("jeugdzorg.utrecht");
        assertThat(tasksOf("politie.utrecht", accepted.caseNumber)).extracting(t -> t.get("name").asText())
                .contains("Besluit opschaling bekijken — " + accepted.caseNumber);
        assertThat(tasksOf("jeugdzorg.rotterdam-rijnmond", accepted.caseNumber)).isEmpty();

        List<EscalationLevel> reached = levels.findByEscalationIdOrderBySeq(id);
        assertThat(reached).extracting(l -> l.getLevel() + ":" + l.getOutcome() + ":" + l.getTiming())
                .containsExactly("TACTICAL:TIMED_OUT:TIMED_OUT", "STRATEGIC:RESOLVED:IN_TIME");
        assertThat(reached.get(1).getDecisionText()).isEqualTo(DECISION_TEXT);
        assertThat(reached.get(1).getMeasures()).isEqualTo(MEASURES);
        assertThat(reached.get(1).getDecidedBy()).isEqualTo("stuurgroep.utrecht");
        assertThat(escalations.findById(id).orElseThrow().getStatus()).isEqualTo(EscalationStatus.RESOLVED);
        // the partner's involvement for the escalation ended with it; it stays involved as referrer
        assertThat(involvementReasons(accepted.caseId, "politie")).containsExactly(Involvement.Reason.REFERRER.name());
        // free texts never reached the engine's history
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableNameIn(EscalationProcess.ESCALATION_DECISION_TEXT, EscalationProcess.ESCALATION_MEASURES).count()).isZero();

        // the region's overview: found by level and status, without texts; the full record with them
        Api.Answer overview = as("stuurgroep.utrecht").get("/api/escalations?region=utrecht&level=STRATEGIC&status=RESOLVED");
        assertThat(overview.status()).as(overview.raw()).isEqualTo(200);
        assertThat(overview.body()).extracting(e -> e.get("id").asLong()).contains(id);
        assertThat(overview.raw()).doesNotContain(DECISION_TEXT).doesNotContain(WHAT_HAPPENED);
        Api.Answer record = as("stuurgroep.utrecht").get("/api/escalations/" + id);
        assertThat(record.body().get("levels").get(1).get("measures").asText()).isEqualTo(MEASURES);
    }

    @Test
    void aCaseEscalationThatReachesTheNationalMeetingShowsItNoPersonalData() {
        AcceptedCase accepted = acceptedCase("utrecht");
        long id = as("politie.utrecht").post("/api/cases/" + accepted.caseNumber + "/escalations", escalation("CAPACITY")).body()
                .get("escalationId").asLong();
        Jobs.executeAll(managementService);
        String reference = "ESC-utrecht-" + id;

        Map<String, Object> escalate = Map.of("escalationDecision", "ESCALATE", "escalationDecisionReason",
                "Capaciteit van de partner ontbreekt structureel");
        assertThat(complete("tactisch-overleg.utrecht", tasksOf("tactisch-overleg.utrecht", accepted.caseNumber).get(0).get("id").asText(),
                escalate).status()).isEqualTo(204);
        Jobs.executeAll(managementService);
        assertThat(complete("stuurgroep.utrecht", tasksOf("stuurgroep.utrecht", accepted.caseNumber).get(0).get("id").asText(),
                escalate).status()).isEqualTo(204);
        Jobs.executeAll(managementService);

        JsonNode national = tasksOf("landelijk", reference);
        assertThat(national).extracting(t -> t.get("name").asText()).containsExactly("Opschaling landelijk beoordelen — " + reference);
        assertThat(tasksOf("landelijk", accepted.caseNumber)).isEmpty();
        Api.Answer variables = as("landelijk").get("/engine-rest/task/" + national.get(0).get("id").asText() + "/variables");
        assertThat(variables.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        variables.body().fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(EscalationNationalReviewProcess.INPUT_VARIABLES);
        assertThat(variables.raw()).doesNotContain(accepted.caseNumber).doesNotContain("Testfamilie").doesNotContain(WHAT_HAPPENED)
                .doesNotContain("Capaciteit van de partner").doesNotContain("politie").doesNotContain(".utrecht");

        // the national review has no tenant: process direction of another region must not see it (nor Utrecht's)
        String nationalInstances = "/engine-rest/process-instance?processDefinitionKey=escalation-national-review&businessKey=" + reference;
        assertThat(as("procesregie.rotterdam-rijnmond").get(nationalInstances).body()).isEmpty();
        assertThat(as("vh-manager.rotterdam-rijnmond").get("/engine-rest/history/process-instance?processDefinitionKey="
                + "escalation-national-review&processInstanceBusinessKey=" + reference).body()).isEmpty();
        // while the region's own case stays visible to its process direction in Cockpit and engine REST
        assertThat(as("procesregie.utrecht").get("/engine-rest/process-instance?businessKey=" + accepted.caseNumber).body()).isNotEmpty();

        // the national overview and record: no case number, partner, names or texts
        Api.Answer overview = as("landelijk").get("/api/escalations");
        assertThat(overview.status()).as(overview.raw()).isEqualTo(200);
        JsonNode mine = find(overview.body(), id);
        assertThat(mine.get("reference").asText()).isEqualTo(reference);
        assertThat(mine.has("caseNumber")).isFalse();
        assertThat(mine.has("escalatingPartner")).isFalse();
        Api.Answer record = as("landelijk").get("/api/escalations/" + id);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.raw()).doesNotContain(accepted.caseNumber).doesNotContain(WHAT_HAPPENED).doesNotContain("politie.utrecht")
                .doesNotContain("Capaciteit van de partner");
    }

    // ------------------------------------------------------------------ the case closes while escalations run

    @Test
    void whenTheCaseIsWithdrawnItsEscalationsEndWithItAtEveryLevelWhileAStructuralEscalationRunsOn() {
        AcceptedCase accepted = acceptedCase("utrecht");
        String n = accepted.caseNumber;
        Api.Answer structural = as("vh-manager.utrecht").post("/api/escalations", structural("utrecht", "TACTICAL"));
        assertThat(structural.status()).as(structural.raw()).isEqualTo(201);
        long structuralId = structural.body().get("escalationId").asLong();
        String structuralRef = structural.body().get("reference").asText();
        long atTactical = raise(n, "DISAGREEMENT");
        long atNational = raise(n, "CAPACITY");
        Jobs.executeAll(managementService);
        // the second climbs to the national meeting: the tactical meeting and the steering group escalate it further
        Map<String, Object> escalate = Map.of("escalationDecision", "ESCALATE", "escalationDecisionReason", "Capaciteit ontbreekt structureel");
        assertThat(complete("tactisch-overleg.utrecht", levelTaskOf("tactisch-overleg.utrecht", atNational), escalate).status()).isEqualTo(204);
        Jobs.executeAll(managementService);
        assertThat(complete("stuurgroep.utrecht", levelTaskOf("stuurgroep.utrecht", atNational), escalate).status()).isEqualTo(204);
        Jobs.executeAll(managementService);
        String nationalRef = "ESC-utrecht-" + atNational;
        assertThat(tasksOf("landelijk", nationalRef)).hasSize(1);
        assertThat(tasksOf("tactisch-overleg.utrecht", n)).hasSize(1);
        assertThat(tasksOf("vh-manager.utrecht", n)).isNotEmpty();

        Api.Answer withdrawn = as("politie.utrecht").post("/api/cases/" + n + "/withdrawal", Map.of("reason", "Gezin verhuisd naar het buitenland"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(202);
        Jobs.executeAll(managementService);
        assertThat(cases.findById(accepted.caseId).orElseThrow().getStatus().name()).isEqualTo("WITHDRAWN");

        // nobody keeps a task of the closed case: governance, the VH manager, the national meeting
        for (String user : List.of("tactisch-overleg.utrecht", "stuurgroep.utrecht", "vh-manager.utrecht", "politie.utrecht")) {
            assertThat(tasksOf(user, n)).as(user).isEmpty();
        }
        assertThat(tasksOf("landelijk", nationalRef)).isEmpty();
        // the escalation processes ended through their event sub-process, the national review was withdrawn
        for (long id : List.of(atTactical, atNational)) {
            Escalation ended = escalations.findById(id).orElseThrow();
            assertThat(ended.getStatus()).isEqualTo(EscalationStatus.CASE_CLOSED);
            assertThat(ended.getCloseReason()).isEqualTo("casus afgesloten (ingetrokken)");
            assertThat(ended.getClosedAt()).isNotNull();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(ended.getProcessInstanceId()).count()).isZero();
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getProcessInstanceId())
                    .activityId(EscalationProcess.END_EVENT_ESCALATION_ENDED_WITH_CASE).count()).isEqualTo(1);
            assertThat(levels.findByEscalationIdOrderBySeq(id)).last().satisfies(level -> {
                assertThat(level.getOutcome()).isEqualTo(LevelOutcome.CASE_CLOSED);
                assertThat(level.getDecidedBy()).isEqualTo("system");
            });
        }
        HistoricProcessInstance review = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EscalationNationalReviewProcess.KEY).processInstanceBusinessKey(nationalRef).singleResult();
        assertThat(review.getEndTime()).as("the national review ended").isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                .activityId(EscalationNationalReviewProcess.END_EVENT_NATIONAL_REVIEW_WITHDRAWN).count()).isEqualTo(1);
        assertThat(accessLog.forCase(n)).extracting(e -> e.getPurpose())
                .contains("opschaling ESC-utrecht-" + atTactical + " beëindigd: casus afgesloten (ingetrokken)");

        // need to know ended with the case: governance reads the record without texts, the escalating partner no longer
        Api.Answer governance = as("tactisch-overleg.utrecht").get("/api/escalations/" + atTactical);
        assertThat(governance.status()).as(governance.raw()).isEqualTo(200);
        assertThat(governance.body().get("status").asText()).isEqualTo("CASE_CLOSED");
        assertThat(governance.body().get("closeReason").asText()).isEqualTo("casus afgesloten (ingetrokken)");
        assertThat(governance.raw()).doesNotContain(WHAT_HAPPENED).doesNotContain("politie.utrecht");
        assertThat(as("politie.utrecht").get("/api/escalations/" + atTactical).status()).isEqualTo(404);
        assertThat(as("vh-manager.utrecht").get("/api/escalations/" + atTactical).body().get("whatHappened").asText()).isEqualTo(WHAT_HAPPENED);
        assertThat(as("stuurgroep.utrecht").get("/api/escalations?region=utrecht&status=CASE_CLOSED").body())
                .extracting(e -> e.get("id").asLong()).contains(atTactical, atNational);

        // a structural escalation is about no case: it runs on with the steering group
        assertThat(escalations.findById(structuralId).orElseThrow().getStatus()).isEqualTo(EscalationStatus.OPEN);
        assertThat(tasksOf("stuurgroep.utrecht", structuralRef)).extracting(t -> t.get("name").asText())
                .containsExactly("Opschaling behandelen — " + structuralRef);
    }

    // ------------------------------------------------------------------ wrong input, other regions, no access

    @Test
    void wrongInputGets400PerFieldAndStoresNothing() {
        AcceptedCase accepted = acceptedCase("utrecht");
        long before = escalations.count();

        Api.Answer answer = as("politie.utrecht").post("/api/cases/" + accepted.caseNumber + "/escalations",
                Map.of("reason", "BOOS", "whatHappened", " "));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("reason", "whatHappened", "whatWasTried");
        assertThat(answer.body().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(as("politie.utrecht").post("/api/cases/" + accepted.caseNumber + "/escalations", Map.of("reason", "DISAGREEMENT",
                "whatHappened", "x", "whatWasTried", "y", "urgent", true)).status()).as("unknown field").isEqualTo(400);
        assertThat(escalations.count()).isEqualTo(before);
    }

    @Test
    void whoMayNotSeeTheCaseGets404() {
        AcceptedCase accepted = acceptedCase("utrecht");
        String path = "/api/cases/" + accepted.caseNumber + "/escalations";

        assertThat(as("ggz.utrecht").post(path, escalation("DISAGREEMENT")).status()).isEqualTo(404);
        assertThat(as("politie.rotterdam-rijnmond").post(path, escalation("DISAGREEMENT")).status()).isEqualTo(404);
        assertThat(as("politie.utrecht").post("/api/cases/VH-1999-000001/escalations", escalation("DISAGREEMENT")).status()).isEqualTo(404);
        assertThat(Api.anonymous(port).post(path, escalation("DISAGREEMENT")).status()).isEqualTo(401);
    }

    @Test
    void structuralEscalationsOfRotterdamAndUtrechtNeverReachEachOthersSteeringGroup() {
        Api.Answer rotterdam = as("vh-manager.rotterdam-rijnmond").post("/api/escalations", structural("rotterdam-rijnmond", "TACTICAL"));
        Api.Answer utrecht = as("vh-manager.utrecht").post("/api/escalations", structural("utrecht", "TACTICAL"));
        assertThat(rotterdam.status()).as(rotterdam.raw()).isEqualTo(201);
        assertThat(utrecht.status()).as(utrecht.raw()).isEqualTo(201);
        String rotterdamRef = rotterdam.body().get("reference").asText();
        String utrechtRef = utrecht.body().get("reference").asText();
        assertThat(rotterdam.body().get("businessKey").asText()).isEqualTo(rotterdamRef);
        Jobs.executeAll(managementService);

        assertThat(tasksOf("stuurgroep.rotterdam-rijnmond", rotterdamRef)).extracting(t -> t.get("name").asText())
                .containsExactly("Opschaling behandelen — " + rotterdamRef);
        assertThat(tasksOf("stuurgroep.utrecht", utrechtRef)).hasSize(1);
        assertThat(tasksOf("stuurgroep.utrecht", rotterdamRef)).isEmpty();
        assertThat(tasksOf("stuurgroep.rotterdam-rijnmond", utrechtRef)).isEmpty();

        // the region's overview shows its own escalations only; another region's is refused
        Api.Answer own = as("stuurgroep.utrecht").get("/api/escalations?status=OPEN&level=STRATEGIC");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).extracting(e -> e.get("region").asText()).containsOnly("utrecht");
        assertThat(own.body()).extracting(e -> e.get("reference").asText()).contains(utrechtRef).doesNotContain(rotterdamRef);
        assertThat(as("stuurgroep.utrecht").get("/api/escalations?region=rotterdam-rijnmond").status()).isEqualTo(403);
        assertThat(as("vh-manager.rotterdam-rijnmond").get("/api/escalations").body()).extracting(e -> e.get("region").asText())
                .containsOnly("rotterdam-rijnmond");
        assertThat(as("politie.utrecht").get("/api/escalations").status()).as("not governance").isEqualTo(403);
        assertThat(as("stuurgroep.utrecht").get("/api/escalations?level=HIGH&status=SOMEDAY").body().get("errors"))
                .extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("level", "status");
    }

    @Test
    void onlyTheRegionsVhManagerEscalatesStructurallyAndWrongInputGets400() {
        long before = escalations.count();

        assertThat(as("politie.utrecht").post("/api/escalations", structural("utrecht", "TACTICAL")).status()).isEqualTo(403);
        assertThat(as("vh-manager.utrecht").post("/api/escalations", structural("rotterdam-rijnmond", "TACTICAL")).status()).isEqualTo(403);
        Map<String, Object> wrong = new LinkedHashMap<>(structural("atlantis", "NATIONAL"));
        wrong.put("reason", "ACUTE_RISK");
        wrong.put("description", "");
        Api.Answer invalid = as("vh-manager.utrecht").post("/api/escalations", wrong);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("region", "level", "reason", "description");
        assertThat(escalations.count()).isEqualTo(before);
    }

    @Test
    void theVhManagerStartsAStructuralEscalationWithTheTasklistStartForm() {
        // OrganisationSynchroniser grants vh-manager READ and CREATE_INSTANCE on escalation at start-up
        String description = "Wachtlijst GGZ van twaalf weken blokkeert de casussen van het Veiligheidshuis";
        String submit = "/engine-rest/process-definition/key/" + EscalationProcess.KEY + "/submit-form";

        Api.Answer noDescription = as("vh-manager.utrecht").post(submit, form("utrecht", null));
        assertThat(noDescription.status()).isEqualTo(REST_COMMAND_REFUSED);
        assertThat(noDescription.body().get("message").asText()).contains("description").contains("Beschrijf het structurele knelpunt");
        assertThat(as("vh-manager.utrecht").post(submit, form("rotterdam-rijnmond", description)).status()).isEqualTo(403);
        assertThat(as("politie.utrecht").post(submit, form("utrecht", description)).status()).isEqualTo(403);

        Api.Answer started = as("vh-manager.utrecht").post(submit, form("utrecht", description));
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        String instance = started.body().get("id").asText();
        String reference = started.body().get("businessKey").asText();
        assertThat(reference).startsWith("ESC-utrecht-");
        Jobs.executeAll(managementService);

        assertThat(tasksOf("stuurgroep.utrecht", reference)).extracting(t -> t.get("name").asText())
                .containsExactly("Opschaling behandelen — " + reference);
        Escalation stored = escalations.findById(Long.valueOf(reference.substring("ESC-utrecht-".length()))).orElseThrow();
        assertThat(stored.getDescription()).isEqualTo(description);
        assertThat(stored.getKind()).isEqualTo(EscalationKind.STRUCTURAL);
        assertThat(stored.getProcessInstanceId()).isEqualTo(instance);
        assertThat(runtimeService.getVariable(instance, EscalationProcess.ESCALATION_DESCRIPTION)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(EscalationProcess.ESCALATION_DESCRIPTION).count()).as("kept out of history").isZero();
    }

    // ------------------------------------------------------------------ an overdue agreement

    @Test
    void anAgreementThatBecomesOverdueTwiceStartsExactlyOneEscalation() {
        AcceptedCase accepted = acceptedCase("utrecht");

        Long first = starter.escalateAgreement(accepted.caseId, "AFSPRAAK-7", "Afspraak 7 (woonbegeleiding) is verlopen");
        Long second = starter.escalateAgreement(accepted.caseId, "AFSPRAAK-7", "Afspraak 7 (woonbegeleiding) is verlopen");
        Long other = starter.escalateAgreement(accepted.caseId, "AFSPRAAK-8", null);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .processInstanceBusinessKey(accepted.caseNumber).count()).isEqualTo(2);
        Escalation escalation = escalations.findById(first).orElseThrow();
        assertThat(escalation.getReason()).isEqualTo(Reason.AGREEMENT_NOT_HONOURED);
        assertThat(escalation.getStartLevel()).isEqualTo(Level.OPERATIONAL);
        assertThat(escalation.getAgreementRef()).isEqualTo("AFSPRAAK-7");
        Jobs.executeAll(managementService);
        assertThat(tasksOf("tactisch-overleg.utrecht", accepted.caseNumber)).hasSize(2);
    }

    // ------------------------------------------------------------------ helpers

    record AcceptedCase(String caseNumber, Long caseId, String lifecycleInstanceId) {
    }

    /** A complex case referred by the police and accepted by process direction of the region. */
    private AcceptedCase acceptedCase(String region) {
        Api.Answer referred = as("politie." + region).post("/api/referrals", Referrals.complexYouthCase(region, "politie", "ZSM"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        String caseNumber = referred.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        JsonNode screening = tasksOf("procesregie." + region, caseNumber);
        assertThat(screening).hasSize(1);
        Api.Answer accepted = complete("procesregie." + region, screening.get(0).get("id").asText(), Map.of("screeningDecision", "ACCEPT"));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
        return new AcceptedCase(caseNumber, cases.findByCaseNumber(caseNumber).orElseThrow().getId(),
                referred.body().get("processInstanceId").asText());
    }

    /** A professional of the police (the referrer) escalates in the case; answers the escalation's id. */
    private long raise(String caseNumber, String reason) {
        Api.Answer answer = as("politie.utrecht").post("/api/cases/" + caseNumber + "/escalations", escalation(reason));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().get("escalationId").asLong();
    }

    /** The level task of one escalation, as the governance user sees it over engine REST. */
    private String levelTaskOf(String user, long escalationId) {
        String instance = escalations.findById(escalationId).orElseThrow().getProcessInstanceId();
        Api.Answer answer = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
                + EscalationProcess.USER_TASK_HANDLE_ESCALATION);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).as(user).hasSize(1);
        return answer.body().get(0).get("id").asText();
    }

    private static Map<String, Object> escalation(String reason) {
        return Map.of("reason", reason, "whatHappened", WHAT_HAPPENED, "whatWasTried", WHAT_WAS_TRIED);
    }

    private static Map<String, Object> structural(String region, String level) {
        return Map.of("region", region, "level", level, "reason", "STRUCTURAL_BOTTLENECK", "description",
                "Geen plek in de dagbesteding voor jongeren met een LVB");
    }

    private static Map<String, Object> form(String region, String description) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("region", Map.of("value", region));
        variables.put("currentLevel", Map.of("value", "TACTICAL"));
        variables.put("reason", Map.of("value", "CAPACITY"));
        if (description != null) {
            variables.put("escalationDescription", Map.of("value", description));
        }
        return Map.of("variables", variables);
    }

    private Api.Answer complete(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return as(user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    private List<String> involvementReasons(Long caseId, String partner) {
        return involvements.findByCaseIdAndEndedAtIsNull(caseId).stream().filter(i -> i.getPartnerGroup().equals(partner))
                .map(Involvement::getReason).toList();
    }

    private JsonNode tasksOf(String user, String nameContains) {
        Api.Answer answer = as(user).get("/engine-rest/task?nameLike=%25" + nameContains + "%25");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.get("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("escalation " + id + " not in " + list);
    }

    private Api as(String user) {
        return Api.as(port, user);
    }
}
