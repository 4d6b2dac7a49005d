package nl.veiligheidshuis.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseStatus;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import nl.veiligheidshuis.support.Screenings;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code area-approach} in the assembled application, over HTTP as process direction, the municipality and Tasklist use
 * it: the municipality of Utrecht refers an area-bound problem, process direction accepts it in the screening and starts
 * the area approach; the analysis, the advice and the administration's response land in {@code vh_area_approach}, not
 * in the engine; nobody else starts or reads it.
 */
@IntegrationTest
class AreaApproachApiTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    AreaApproachRepository approaches;

    @Autowired
    AccessLog accessLog;

    @Test
    void processDirectionStartsTheAreaApproachOfAnAcceptedAreaCaseAndTheMunicipalityRecordsTheAdministrationsResponse() {
        String n = acceptedAreaCase();
        assertThat(cases.findByCaseNumber(n).orElseThrow().getStatus()).isEqualTo(CaseStatus.ACCEPTED);

        // only process direction of the case's region starts it
        assertThat(start("politie.utrecht", n).status()).as("police").isEqualTo(403);
        assertThat(start("gemeente.utrecht", n).status()).as("municipality").isEqualTo(403);
        assertThat(start("procesregie.rotterdam-rijnmond", n).status()).as("other region: as if unknown").isEqualTo(404);
        assertThat(start("procesregie.utrecht", "VH-2026-999999").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).post(path(n), Map.of()).status()).isEqualTo(401);

        Api.Answer started = start("procesregie.utrecht", n);
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        assertThat(started.body().get("status").asText()).isEqualTo("ANALYSIS");
        assertThat(started.body().get("caseNumber").asText()).isEqualTo(n);
        assertThat(started.body().get("addressedAdministrator").asText()).isEqualTo("Utrecht");
        assertThat(started.body().get("startedBy").asText()).isEqualTo("procesregie.utrecht");
        long approachId = started.body().get("approachId").asLong();
        Api.Answer again = start("procesregie.utrecht", n);
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("loopt al een gebiedsaanpak");

        // the instance lives in the case's region, with references only
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(AreaApproachProcess.KEY)
                .processInstanceBusinessKey(n).singleResult();
        assertThat(instance.getTenantId()).isEqualTo("utrecht");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(AreaApproachProcess.REGION, AreaApproachProcess.CASE_ID,
                AreaApproachProcess.CASE_NUMBER, AreaApproachProcess.APPROACH_ID, AreaApproachProcess.AREA_NAME,
                AreaApproachProcess.AREA_MUNICIPALITY);

        // the analysis: process direction and the municipality of Utrecht, nobody else
        JsonNode analysis = tasksOf("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS);
        assertThat(analysis).hasSize(1);
        assertThat(analysis.get(0).get("name").asText()).isEqualTo("Gebiedsanalyse opstellen — " + n);
        assertThat(analysis.get(0).get("camundaFormRef").get("key").asText()).isEqualTo(AreaApproachProcess.FORM_ANALYSIS);
        assertThat(tasksOf("gemeente.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS)).hasSize(1);
        for (String other : List.of("politie.utrecht", "procesregie.rotterdam-rijnmond", "gemeente.rotterdam-rijnmond")) {
            assertThat(tasksOf(other, n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS)).as(other).isEmpty();
        }
        String analysisTask = analysis.get(0).get("id").asText();

        // an analysis without text is refused and changes nothing
        Api.Answer noText = submit("gemeente.utrecht", analysisTask, Map.of(AreaApproachProcess.APPROACH_TYPE, value("ADVICE_TO_ADMINISTRATION")));
        assertThat(noText.status()).as(noText.raw()).isEqualTo(500);
        assertThat(noText.body().get("message").asText()).contains("Geef de gebiedsanalyse");
        assertThat(approaches.findById(approachId).orElseThrow().getStatus()).isEqualTo(AreaApproachStatus.ANALYSIS);

        Api.Answer analysed = submit("gemeente.utrecht", analysisTask, Map.of(AreaApproachProcess.APPROACH_TYPE, value("ADVICE_TO_ADMINISTRATION"),
                AreaApproachProcess.ANALYSIS_SUMMARY, value("Jeugdoverlast rond het winkelcentrum, vooral op vrijdagavond")));
        assertThat(analysed.status()).as(analysed.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        String adviceTask = single("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_ADVICE);
        Api.Answer advised = submit("procesregie.utrecht", adviceTask, Map.of(AreaApproachProcess.ADVICE_TEXT,
                value("Cameratoezicht en inzet van jongerenwerk op vrijdagavond")));
        assertThat(advised.status()).as(advised.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        // the municipality records the administration's response, with a follow-up date in the future
        JsonNode response = tasksOf("gemeente.utrecht", n, AreaApproachProcess.USER_TASK_RECORD_ADMINISTRATOR_RESPONSE);
        assertThat(response).hasSize(1);
        assertThat(response.get(0).get("due").isNull()).isFalse();
        assertThat(tasksOf("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_RECORD_ADMINISTRATOR_RESPONSE)).isEmpty();
        String responseTask = response.get(0).get("id").asText();
        Api.Answer inThePast = submit("gemeente.utrecht", responseTask, responseVariables("01-01-2020"));
        assertThat(inThePast.status()).as(inThePast.raw()).isEqualTo(500);
        assertThat(inThePast.body().get("message").asText()).contains("ligt in de toekomst");
        LocalDate followUp = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(3);
        Api.Answer answered = submit("gemeente.utrecht", responseTask, responseVariables(followUp.format(DUTCH)));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        AreaApproach stored = approaches.findById(approachId).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(AreaApproachStatus.FOLLOW_UP);
        assertThat(stored.getAnalysisSummary()).startsWith("Jeugdoverlast");
        assertThat(stored.getApproachType()).isEqualTo(ApproachType.ADVICE_TO_ADMINISTRATION);
        assertThat(stored.getAdviceText()).startsWith("Cameratoezicht");
        assertThat(stored.getSentAt()).isNotNull();
        assertThat(stored.getAdministratorResponse()).isEqualTo(AdministratorResponse.PARTLY);
        assertThat(stored.getResponseNote()).contains("camera");
        assertThat(stored.getFollowUpDate()).isEqualTo(followUp);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(AreaApproachProcess.ANALYSIS_SUMMARY,
                AreaApproachProcess.ADVICE_TEXT, AreaApproachProcess.RESPONSE_NOTE, AreaApproachProcess.FOLLOW_UP_ON)
                .containsKey(AreaApproachProcess.FOLLOW_UP_DUE);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(AreaApproachProcess.TIMER_EVENT_FOLLOW_UP_DUE).singleResult().getDuedate().toInstant())
                .isEqualTo(AreaApproaches.followUpMoment(followUp));

        // reading: process direction and the involved municipality (it referred the case); nobody else; every read logged
        Api.Answer read = get("procesregie.utrecht", n);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().get("adviceText").asText()).startsWith("Cameratoezicht");
        assertThat(read.body().get("administratorResponse").asText()).isEqualTo("PARTLY");
        assertThat(read.body().get("followUpDate").asText()).isEqualTo(followUp.toString());
        assertThat(get("gemeente.utrecht", n).status()).isEqualTo(200);
        assertThat(get("politie.utrecht", n).status()).as("not involved").isEqualTo(404);
        assertThat(get("procesregie.rotterdam-rijnmond", n).status()).as("other region").isEqualTo(404);
        assertThat(accessLog.forCase(n)).anyMatch(e -> "gemeente.utrecht".equals(e.getUserId()) && "gebiedsaanpak inzien".equals(e.getPurpose()));
        assertThat(accessLog.forCase(n)).anyMatch(e -> "procesregie.utrecht".equals(e.getUserId()) && "gebiedsaanpak gestart".equals(e.getPurpose()));
        for (String text : AreaApproachProcess.PERSONAL_VARIABLES) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(text).count())
                    .as("no " + text + " in the engine's history").isZero();
        }
    }

    @Test
    void aJointApproachIsFollowedUpAtItsDateAndOnceCompletedANewApproachMayStart() {
        String n = acceptedAreaCase();
        long approachId = start("procesregie.utrecht", n).body().get("approachId").asLong();
        String processInstanceId = approaches.findById(approachId).orElseThrow().getProcessInstanceId();

        Api.Answer analysed = submit("procesregie.utrecht", single("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS),
                Map.of(AreaApproachProcess.APPROACH_TYPE, value("JOINT_APPROACH"), AreaApproachProcess.ANALYSIS_SUMMARY,
                        value("Ondermijning op het bedrijventerrein")));
        assertThat(analysed.status()).as(analysed.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
        LocalDate followUp = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(6);
        Api.Answer agreed = submit("procesregie.utrecht", single("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_AGREE_JOINT_APPROACH),
                Map.of(AreaApproachProcess.JOINT_AGREEMENTS, value("Politie, gemeente en Belastingdienst controleren elke maand samen"),
                        AreaApproachProcess.FOLLOW_UP_ON, value(followUp.format(DUTCH))));
        assertThat(agreed.status()).as(agreed.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
        assertThat(approaches.findById(approachId).orElseThrow().getStatus()).isEqualTo(AreaApproachStatus.FOLLOW_UP);
        assertThat(start("procesregie.utrecht", n).status()).as("still running").isEqualTo(409);

        // the follow-up date has come (the test fires the timer itself)
        var timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(AreaApproachProcess.TIMER_EVENT_FOLLOW_UP_DUE).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(AreaApproaches.followUpMoment(followUp));
        managementService.executeJob(timer.getId());
        Api.Answer assessed = submit("procesregie.utrecht", single("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_ASSESS_EFFECT),
                Map.of(AreaApproachProcess.EFFECT_OUTCOME, value("DONE"), AreaApproachProcess.EFFECT_NOTE,
                        value("Twee panden gesloten, geen nieuwe signalen")));
        assertThat(assessed.status()).as(assessed.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        AreaApproach done = approaches.findById(approachId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(AreaApproachStatus.COMPLETED);
        assertThat(done.getCompletedAt()).isNotNull();
        assertThat(done.getJointAgreements()).contains("elke maand");
        assertThat(done.getEffectNote()).contains("geen nieuwe signalen");
        assertThat(done.getAdviceText()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).as("ended").isZero();
        assertThat(get("procesregie.utrecht", n).body().get("status").asText()).isEqualTo("COMPLETED");

        // a completed approach does not block a new one
        Api.Answer again = start("procesregie.utrecht", n);
        assertThat(again.status()).as(again.raw()).isEqualTo(201);
        assertThat(get("procesregie.utrecht", n).body().get("approachId").asLong()).as("the running one is shown")
                .isEqualTo(again.body().get("approachId").asLong());
    }

    @Test
    void closingTheCaseEndsItsRunningApproachAndItsTasks() {
        String n = acceptedAreaCase();
        long approachId = start("procesregie.utrecht", n).body().get("approachId").asLong();
        String processInstanceId = approaches.findById(approachId).orElseThrow().getProcessInstanceId();
        assertThat(tasksOf("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS)).hasSize(1);

        Api.Answer withdrawn = Api.as(port, "gemeente.utrecht").post("/api/cases/" + n + "/withdrawal",
                Map.of("reason", "De overlast is verplaatst en valt nu onder het wijkteam"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(202);
        Jobs.executeAll(managementService);

        AreaApproach ended = approaches.findById(approachId).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(AreaApproachStatus.CASE_CLOSED);
        assertThat(ended.getCompletedAt()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).as("cancelled").isZero();
        assertThat(tasksOf("procesregie.utrecht", n, AreaApproachProcess.USER_TASK_DRAFT_AREA_ANALYSIS)).isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).count()).as("no timer left").isZero();
    }

    @Test
    void aPersonCaseHasNoAreaApproach() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        String n = referred.body().get("caseNumber").asText();

        Api.Answer refused = start("procesregie.utrecht", n);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("caseType");
        assertThat(get("procesregie.utrecht", n).status()).as("no approach").isEqualTo(404);
    }

    @Test
    void anAreaCaseStartsItsApproachOnlyOnceAccepted() {
        String n = referredAreaCase();

        Api.Answer early = start("procesregie.utrecht", n);
        assertThat(early.status()).as(early.raw()).isEqualTo(409);
        assertThat(early.body().get("detail").asText()).contains("niet geaccepteerd");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AreaApproachProcess.KEY).processInstanceBusinessKey(n).count())
                .isZero();
    }

    // ------------------------------------------------------------------ helpers

    /** An area-bound problem referred by the municipality of Utrecht (route AREA_SIGNAL); screening waits. */
    private String referredAreaCase() {
        Api.Answer referred = Api.as(port, "gemeente.utrecht").post("/api/referrals", Referrals.areaCase("utrecht", "gemeente", "Kanaleneiland", "Utrecht"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        return referred.body().get("caseNumber").asText();
    }

    /** The area case, accepted by Utrecht's process direction in the screening. */
    private String acceptedAreaCase() {
        String n = referredAreaCase();
        Screenings.accept(port, managementService, "utrecht", n);
        return n;
    }

    private static Map<String, Object> responseVariables(String followUpOn) {
        return Map.of(AreaApproachProcess.ADMINISTRATOR_RESPONSE, value("PARTLY"), AreaApproachProcess.RESPONSE_NOTE,
                value("Het college neemt het camera-advies over; jongerenwerk volgt na de begroting"), AreaApproachProcess.FOLLOW_UP_ON,
                value(followUpOn));
    }

    private static String path(String caseNumber) {
        return "/api/cases/" + caseNumber + "/area-approach";
    }

    private Api.Answer start(String user, String caseNumber) {
        return Api.as(port, user).post(path(caseNumber), Map.of());
    }

    private Api.Answer get(String user, String caseNumber) {
        return Api.as(port, user).get(path(caseNumber));
    }

    private JsonNode tasksOf(String user, String caseNumber, String taskDefinitionKey) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?taskDefinitionKey=" + taskDefinitionKey + "&processInstanceBusinessKey="
                + caseNumber);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    private String single(String user, String caseNumber, String taskDefinitionKey) {
        JsonNode tasks = tasksOf(user, caseNumber, taskDefinitionKey);
        assertThat(tasks).as(taskDefinitionKey).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    /** Tasklist completes a Camunda Form with submit-form. */
    private Api.Answer submit(String user, String taskId, Map<String, Object> variables) {
        return Api.as(port, user).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private static Map<String, Object> value(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        return typed;
    }
}
