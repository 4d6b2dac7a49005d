package nl.veiligheidshuis.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The way to a case conference in the assembled application, for the Spring tests of this package: a referral of
 * Utrecht through the API (the example of design.md: a minor, domestic violence, a running criminal case, school
 * absence), screened and accepted by process direction, then {@code case-conference} started as case-lifecycle will
 * call it: as no user, business key = case number, with all the case's variables. Tasks are worked over engine REST.
 */
final class ConferenceScenario {

    /** As professionals type a date in a form (FormDates). */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** What partner-selection proposes for that referral. */
    static final List<String> PROPOSED = List.of("gemeente", "om", "politie", "rvdk", "jeugdzorg", "leerplicht");

    private final int port;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final CaseFileRepository cases;
    private final List<String> started = new ArrayList<>();

    ConferenceScenario(int port, RuntimeService runtimeService, ManagementService managementService, CaseFileRepository cases) {
        this.port = port;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.cases = cases;
    }

    /** A referral of Utrecht through the API, screened and accepted by process direction; answers the case number. */
    String acceptedCase() {
        Api.Answer referred = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        String caseNumber = referred.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        JsonNode screening = Api.as(port, "procesregie.utrecht").get("/engine-rest/task?nameLike=%25" + caseNumber + "%25").body();
        complete("procesregie.utrecht", screening.get(0).get("id").asText(), Map.of("screeningDecision", value("ACCEPT")));
        Jobs.executeAll(managementService);
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus().name()).isEqualTo("ACCEPTED");
        return caseNumber;
    }

    /** The conference that case-lifecycle called for the accepted case (business key = case number, the case's variables). */
    ProcessInstance startConference(String caseNumber) {
        String lifecycle = cases.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        ProcessInstance conference = runtimeService.createProcessInstanceQuery().processDefinitionKey(ConferenceProcess.KEY)
                .superProcessInstanceId(lifecycle).singleResult();
        assertThat(conference).as("the lifecycle calls the conference once the case is accepted").isNotNull();
        assertThat(conference.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(conference.getTenantId()).isEqualTo("utrecht");
        started.add(lifecycle);
        return conference;
    }

    /**
     * The suite shares one engine: a conference left waiting for preparations keeps its partners' (empty) form
     * variables in their sub-process instances, which other tests count as personal variables in the engine.
     */
    void endStartedConferences() {
        // the lifecycles of the test's cases, with their conferences
        started.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished"));
        started.clear();
    }

    static Map<String, Object> preparation(String partner) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ConferenceProcess.PREPARATION_INFORMATION, value("Bekend bij " + partner + " sinds 2024"));
        variables.put(ConferenceProcess.PREPARATION_LEGAL_BASIS, value("WGS"));
        variables.put(ConferenceProcess.PREPARATION_CURRENT_INVOLVEMENT, value("Lopend traject bij " + partner));
        variables.put(ConferenceProcess.ATTENDEE_NAME, value("A. de Vries"));
        variables.put(ConferenceProcess.ATTENDEE_FUNCTION, value("Teamleider"));
        variables.put(ConferenceProcess.ATTENDEE_HAS_MANDATE, Map.of("value", true, "type", "Boolean"));
        return variables;
    }

    static Map<String, Object> value(String value) {
        return Map.of("value", value, "type", "String");
    }

    static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }

    JsonNode tasks(String user, ProcessInstance instance) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?processInstanceId=" + instance.getId());
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    String taskOf(String user, ProcessInstance instance, String namePrefix) {
        List<String> ids = new ArrayList<>();
        tasks(user, instance).forEach(task -> {
            if (task.get("name").asText().startsWith(namePrefix)) {
                ids.add(task.get("id").asText());
            }
        });
        assertThat(ids).as(user + " sees " + namePrefix).hasSize(1);
        return ids.get(0);
    }

    Api.Answer completion(String user, String taskId, Map<String, Object> variables) {
        return Api.as(port, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    void complete(String user, String taskId, Map<String, Object> variables) {
        Api.Answer answer = completion(user, taskId, variables);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
    }
}
