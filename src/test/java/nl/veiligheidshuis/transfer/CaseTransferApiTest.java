package nl.veiligheidshuis.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.casefile.ContributionRepository;
import nl.veiligheidshuis.casefile.SubjectRepository;
import nl.veiligheidshuis.monitoring.PlanMonitoringProcess;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code case-transfer} in the assembled application, over HTTP as process direction and Tasklist use it: Utrecht's
 * process direction hands a case over to Rotterdam-Rijnmond, whose process direction finds the assessment in its own
 * region and accepts it, so the case is registered anew there; nobody else asks, sees or decides.
 */
@IntegrationTest
class CaseTransferApiTest {

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
    SubjectRepository subjects;

    @Autowired
    ContributionRepository contributions;

    @Autowired
    CaseTransferRepository transfers;

    @Autowired
    AccessLog accessLog;

    @Test
    void utrechtHandsACaseOverToRotterdamRijnmondWhoseProcessDirectionAcceptsItIntoANewCase() {
        String n = referredCase();

        // only process direction of the case's region asks, for a known other region, once at a time
        assertThat(requestTransfer("politie.utrecht", n, "rotterdam-rijnmond").status()).as("police").isEqualTo(403);
        assertThat(requestTransfer("procesregie.rotterdam-rijnmond", n, "zuid-limburg").status()).as("other region: as if unknown")
                .isEqualTo(404);
        assertThat(requestTransfer("procesregie.utrecht", "VH-2026-999999", "rotterdam-rijnmond").status()).isEqualTo(404);
        Api.Answer unknown = requestTransfer("procesregie.utrecht", n, "atlantis");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asText()).isEqualTo("targetRegion");
        assertThat(unknown.body().get("errors").get(0).get("message").asText()).isEqualTo("Onbekende regio 'atlantis'");
        assertThat(requestTransfer("procesregie.utrecht", n, "utrecht").status()).as("same region").isEqualTo(400);
        assertThat(Api.as(port, "procesregie.utrecht").post(path(n), Map.of()).status()).as("no region").isEqualTo(400);
        assertThat(Api.anonymous(port).post(path(n), Map.of("targetRegion", "rotterdam-rijnmond")).status()).isEqualTo(401);

        Api.Answer requested = requestTransfer("procesregie.utrecht", n, "rotterdam-rijnmond");
        assertThat(requested.status()).as(requested.raw()).isEqualTo(201);
        assertThat(requested.body().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(requested.body().get("originCaseNumber").asText()).isEqualTo(n);
        assertThat(requested.body().get("originRegion").asText()).isEqualTo("utrecht");
        assertThat(requested.body().get("targetRegion").asText()).isEqualTo("rotterdam-rijnmond");
        assertThat(requested.body().get("requestedBy").asText()).isEqualTo("procesregie.utrecht");
        long transferId = requested.body().get("transferId").asLong();
        Api.Answer again = requestTransfer("procesregie.utrecht", n, "zeeland");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("loopt al een overdracht");

        // the process lives in the target region: only its process direction has the assessment
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseTransferProcess.KEY)
                .processInstanceBusinessKey(n).singleResult();
        assertThat(instance.getTenantId()).isEqualTo("rotterdam-rijnmond");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(CaseVariables.REGION, CaseTransferProcess.TRANSFER_ID,
                CaseTransferProcess.ORIGIN_CASE_NUMBER, CaseTransferProcess.ORIGIN_REGION, CaseTransferProcess.ORIGIN_REGION_NAME,
                CaseTransferProcess.TARGET_REGION);
        JsonNode inbox = assessmentsOf("procesregie.rotterdam-rijnmond", n);
        assertThat(inbox).hasSize(1);
        JsonNode task = inbox.get(0);
        assertThat(task.get("name").asText()).isEqualTo("Overdracht beoordelen — " + n);
        assertThat(task.get("tenantId").asText()).isEqualTo("rotterdam-rijnmond");
        assertThat(task.get("camundaFormRef").get("key").asText()).isEqualTo(CaseTransferProcess.FORM_ASSESS);
        assertThat(task.get("due").isNull()).isFalse();
        for (String other : List.of("procesregie.zuid-limburg", "procesregie.utrecht", "politie.rotterdam-rijnmond", "politie.utrecht")) {
            assertThat(assessmentsOf(other, n)).as(other).isEmpty();
        }
        String taskId = task.get("id").asText();
        assertThat(Api.as(port, "procesregie.zuid-limburg").get("/engine-rest/task/" + taskId).status()).isEqualTo(404);

        // the transfers: process direction of both regions, nobody else
        assertThat(list("procesregie.utrecht", n).status()).isEqualTo(200);
        Api.Answer seenByTarget = list("procesregie.rotterdam-rijnmond", n);
        assertThat(seenByTarget.status()).as(seenByTarget.raw()).isEqualTo(200);
        assertThat(seenByTarget.body()).hasSize(1);
        assertThat(seenByTarget.body().get(0).get("transferId").asLong()).isEqualTo(transferId);
        assertThat(list("procesregie.zuid-limburg", n).status()).as("a region with nothing to do with it: as if unknown").isEqualTo(404);
        assertThat(list("politie.utrecht", n).status()).isEqualTo(403);
        assertThat(accessLog.forCase(n)).anyMatch(e -> "procesregie.rotterdam-rijnmond".equals(e.getUserId())
                && "overdrachten inzien".equals(e.getPurpose()));

        // a decline without a reason is refused and changes nothing; another region cannot decide
        Api.Answer noReason = submit("procesregie.rotterdam-rijnmond", taskId, Map.of(CaseTransferProcess.TRANSFER_DECISION, value("DECLINE")));
        // engine REST answers a submit-form that a delegate refuses with 500 and the message (as in PlanMonitoringIntegrationTest)
        assertThat(noReason.status()).as(noReason.raw()).isEqualTo(500);
        assertThat(noReason.body().get("message").asText()).contains("Geef een reden");
        assertThat(transfers.findById(transferId).orElseThrow().getStatus()).isEqualTo(TransferStatus.REQUESTED);
        assertThat(assessmentsOf("procesregie.rotterdam-rijnmond", n)).hasSize(1);
        Api.Answer foreign = submit("procesregie.zuid-limburg", taskId, Map.of(CaseTransferProcess.TRANSFER_DECISION, value("ACCEPT")));
        // engine REST answers the tenant check of submit-form with 500 and says why
        assertThat(foreign.status()).as(foreign.raw()).isEqualTo(500);
        assertThat(foreign.raw()).as("refused by the tenant check").contains("belongs to no authenticated tenant");
        assertThat(transfers.findById(transferId).orElseThrow().getStatus()).isEqualTo(TransferStatus.REQUESTED);

        // Rotterdam-Rijnmond accepts: a new case of the same people and type there, its lifecycle running
        Api.Answer accepted = submit("procesregie.rotterdam-rijnmond", taskId, Map.of(CaseTransferProcess.TRANSFER_DECISION, value("ACCEPT")));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);
        CaseTransfer done = transfers.findById(transferId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(done.getDecidedBy()).isEqualTo("procesregie.rotterdam-rijnmond");
        String newNumber = done.getNewCaseNumber();
        assertThat(newNumber).isNotBlank().isNotEqualTo(n);
        CaseFile origin = cases.findByCaseNumber(n).orElseThrow();
        CaseFile created = cases.findByCaseNumber(newNumber).orElseThrow();
        assertThat(created.getRegionId()).isEqualTo("rotterdam-rijnmond");
        assertThat(created.getCaseType()).isEqualTo(origin.getCaseType());
        assertThat(created.getRoute()).isEqualTo("PARTNER");
        assertThat(subjects.findByCaseIdOrderById(created.getId())).extracting(s -> s.getGivenName() + " " + s.getFamilyName())
                .containsExactlyElementsOf(subjects.findByCaseIdOrderById(origin.getId()).stream()
                        .map(s -> s.getGivenName() + " " + s.getFamilyName()).toList());
        assertThat(contributions.findAll()).anyMatch(c -> c.getCaseId().equals(created.getId()) && c.getContent().contains(n));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("case-lifecycle").processInstanceBusinessKey(newNumber)
                .singleResult().getTenantId()).isEqualTo("rotterdam-rijnmond");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getEndActivityId())
                .isEqualTo(CaseTransferProcess.END_EVENT_TRANSFER_ACCEPTED);
        JsonNode shown = list("procesregie.utrecht", n).body().get(0);
        assertThat(shown.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(shown.get("newCaseNumber").asText()).isEqualTo(newNumber);
        // the new case is Rotterdam-Rijnmond's: its process direction screens it there
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get("/api/cases/" + newNumber).status()).isEqualTo(200);
        assertThat(Api.as(port, "procesregie.utrecht").get("/api/cases/" + newNumber).status()).isEqualTo(404);
        // after the decision a new transfer may be asked again
        assertThat(requestTransfer("procesregie.utrecht", n, "zeeland").status()).isEqualTo(201);
    }

    @Test
    void aDeclineWithAReasonEndsTheTransferAndTheReasonStaysOutOfTheEngine() {
        String n = referredCase();
        long transferId = requestTransfer("procesregie.utrecht", n, "rotterdam-rijnmond").body().get("transferId").asLong();
        String taskId = assessmentsOf("procesregie.rotterdam-rijnmond", n).get(0).get("id").asText();
        String processInstanceId = transfers.findById(transferId).orElseThrow().getProcessInstanceId();

        Api.Answer declined = submit("procesregie.rotterdam-rijnmond", taskId, Map.of(CaseTransferProcess.TRANSFER_DECISION, value("DECLINE"),
                CaseTransferProcess.DECLINE_REASON, value("De persoon blijkt niet in onze regio te wonen")));
        assertThat(declined.status()).as(declined.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        CaseTransfer transfer = transfers.findById(transferId).orElseThrow();
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.DECLINED);
        assertThat(transfer.getDeclineReason()).isEqualTo("De persoon blijkt niet in onze regio te wonen");
        assertThat(transfer.getNewCaseNumber()).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).includeDeleted()
                .variableName(CaseTransferProcess.DECLINE_REASON).count()).as("no reason in the history").isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list())
                .as("nor in its details").noneMatch(detail -> CaseTransferProcess.DECLINE_REASON.equals(
                        ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getEndActivityId())
                .isEqualTo(CaseTransferProcess.END_EVENT_TRANSFER_DECLINED);
        assertThat(list("procesregie.utrecht", n).body().get(0).get("declineReason").asText()).contains("niet in onze regio");
    }

    @Test
    void arrangingTheTransferAfterAMoveInMonitoringStartsTheHandoverToTheNamedRegion() {
        String n = referredCase();
        CaseFile caseFile = cases.findByCaseNumber(n).orElseThrow();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.CASE_ID, caseFile.getId());
        variables.put(CaseVariables.CASE_NUMBER, n);
        variables.put(CaseVariables.REGION, "utrecht");
        variables.put(CaseVariables.TASK_PRIORITY, 50);
        variables.put(PlanMonitoringProcess.CLOSE_TARGET_REGION, "rotterdam-rijnmond");
        ProcessInstance monitoring = runtimeService.createProcessInstanceByKey(PlanMonitoringProcess.KEY).businessKey(n)
                .setVariables(variables).startBeforeActivity(PlanMonitoringProcess.USER_TASK_ARRANGE_TRANSFER).execute();
        JsonNode arrange = Api.as(port, "procesregie.utrecht").get("/engine-rest/task?processInstanceId=" + monitoring.getId()
                + "&taskDefinitionKey=" + PlanMonitoringProcess.USER_TASK_ARRANGE_TRANSFER).body();
        assertThat(arrange).hasSize(1);

        Api.Answer arranged = submit("procesregie.utrecht", arrange.get(0).get("id").asText(),
                Map.of(PlanMonitoringProcess.TRANSFER_ARRANGED, value(true)));
        assertThat(arranged.status()).as(arranged.raw()).isEqualTo(204);

        assertThat(transfers.findByOriginCaseIdOrderById(caseFile.getId())).singleElement().satisfies(t -> {
            assertThat(t.getTargetRegion()).isEqualTo("rotterdam-rijnmond");
            assertThat(t.getRequestedBy()).isEqualTo("procesregie.utrecht");
            assertThat(t.getStatus()).isEqualTo(TransferStatus.REQUESTED);
        });
        assertThat(assessmentsOf("procesregie.rotterdam-rijnmond", n)).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    /** A complex case referred by Utrecht's police; its screening task waits for Utrecht's process direction. */
    private String referredCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "PARTNER"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        return referred.body().get("caseNumber").asText();
    }

    private static String path(String caseNumber) {
        return "/api/cases/" + caseNumber + "/transfers";
    }

    private Api.Answer requestTransfer(String user, String caseNumber, String targetRegion) {
        return Api.as(port, user).post(path(caseNumber), Map.of("targetRegion", targetRegion));
    }

    private Api.Answer list(String user, String caseNumber) {
        return Api.as(port, user).get(path(caseNumber));
    }

    private JsonNode assessmentsOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?taskDefinitionKey=" + CaseTransferProcess.USER_TASK_ASSESS_TRANSFER
                + "&processInstanceBusinessKey=" + caseNumber);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
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
