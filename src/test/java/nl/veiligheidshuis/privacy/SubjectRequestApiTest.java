package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data-subject requests end to end: registered by process direction (API or Tasklist start form), handled in its
 * inbox, carried out on the case files: access with the export, correction, erasure of closed cases only.
 */
@IntegrationTest
class SubjectRequestApiTest {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String SUBMIT_FORM = "/engine-rest/process-definition/key/subject-request/submit-form";
    /** Engine REST answers a failed completion or form start with 500 and the reason; Tasklist shows the reason. */
    static final int REST_COMMAND_FAILED = 500;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    SubjectRequestRepository requests;

    @Autowired
    Clock clock;

    PrivacyFixtures fixtures;
    Api procesregie;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(port, jdbc, managementService);
        procesregie = Api.as(port, "procesregie.utrecht");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    private Map<String, Object> request(String kind, long subjectId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", "utrecht");
        body.put("kind", kind);
        body.put("subjectId", subjectId);
        body.put("receivedOn", today().minusDays(3).toString());
        body.put("channel", "LETTER");
        return body;
    }

    private JsonNode submit(Map<String, Object> body) {
        Api.Answer answer = procesregie.post("/api/subject-requests", body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body();
    }

    private JsonNode handleTask(String user, String requestNumber) {
        JsonNode tasks = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + requestNumber + "%25").body();
        return tasks.size() == 0 ? null : tasks.get(0);
    }

    private Api.Answer complete(JsonNode task, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        Api.Answer answer = procesregie.post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of("variables", typed));
        Jobs.executeAll(managementService);
        return answer;
    }

    @Test
    void aCorrectionIsRegisteredHandledInTheRegionsInboxAndAppliedToEveryRowOfThePerson() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String caseNumber = fixtures.refer("politie.utrecht", referral);
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");

        JsonNode started = submit(request("CORRECTION", sem));

        String requestNumber = started.get("requestNumber").asText();
        assertThat(requestNumber).matches("VB-\\d{4}-\\d{6}");
        assertThat(started.get("personFound").asBoolean()).isTrue();
        assertThat(started.get("caseCount").asInt()).isEqualTo(1);
        JsonNode task = handleTask("procesregie.utrecht", requestNumber);
        assertThat(task.get("name").asText()).isEqualTo("Verzoek van betrokkene afhandelen — " + requestNumber);
        assertThat(task.get("tenantId").asText()).isEqualTo("utrecht");
        assertThat(task.get("due").asText()).startsWith(today().minusDays(3).plusMonths(1).toString());
        assertThat(handleTask("procesregie.rotterdam-rijnmond", requestNumber)).isNull();
        assertThat(handleTask("politie.utrecht", requestNumber)).isNull();

        // a wrong value fails the completion with the field's message; nothing changes
        Api.Answer wrong = complete(task, Map.of("requestDecision", "GRANT", "correctionField", "dateOfBirth", "correctionValue", "1 april"));
        assertThat(wrong.status()).isEqualTo(REST_COMMAND_FAILED);
        assertThat(wrong.body().get("message").asText()).contains("correctionValue: Geef de geboortedatum als jjjj-mm-dd");
        assertThat(handleTask("procesregie.utrecht", requestNumber)).isNotNull();

        Api.Answer done = complete(task, Map.of("requestDecision", "GRANT", "correctionField", "familyName", "correctionValue", "Vries-Bakker"));

        assertThat(done.status()).as(done.raw()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select family_name from vh_case_subject where id = ?", String.class, sem)).isEqualTo("Vries-Bakker");
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where subject_id = ? and action = 'UPDATE' and purpose like ?",
                Long.class, sem, "correctie op verzoek " + requestNumber + "%")).isEqualTo(1);
        SubjectRequest stored = requests.findByRequestNumber(requestNumber).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(SubjectRequest.Outcome.CORRECTED);
        assertThat(stored.getCorrectionField()).isEqualTo("familyName");
        assertThat(stored.getDecidedBy()).isEqualTo("procesregie.utrecht");
        assertThat(stored.getOutcomeDetail()).doesNotContain("Vries-Bakker");
        String instance = started.get("processInstanceId").asText();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndTime()).isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("correctionValue").count())
                .as("the new value never in the engine's history").isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).list())
                .noneMatch(detail -> detail.toString().contains("Vries-Bakker"));
    }

    @Test
    void anErasureErasesThePersonInClosedCasesAndKeepsTheActiveCaseWithTheReason() {
        Map<String, Object> first = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String closedCase = fixtures.refer("politie.utrecht", first);
        fixtures.withdraw("politie.utrecht", closedCase);
        Map<String, Object> again = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        Referrals.subject(again, 0).put("bsn", Referrals.subject(first, 0).get("bsn"));
        String activeCase = fixtures.refer("politie.utrecht", again);
        long semClosed = fixtures.subjectId("procesregie.utrecht", closedCase, "Sem");
        long semActive = fixtures.subjectId("procesregie.utrecht", activeCase, "Sem");
        long noorClosed = fixtures.subjectId("procesregie.utrecht", closedCase, "Noor");

        JsonNode started = submit(request("ERASURE", semClosed));
        assertThat(started.get("caseCount").asInt()).isEqualTo(2);
        JsonNode task = handleTask("procesregie.utrecht", started.get("requestNumber").asText());

        assertThat(complete(task, Map.of("requestDecision", "GRANT")).body().get("message").asText()).contains("erasureGround");
        Api.Answer done = complete(task, Map.of("requestDecision", "GRANT", "erasureGround", "NO_LONGER_NEEDED"));

        assertThat(done.status()).as(done.raw()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from vh_case_subject where id = ?", Long.class, semClosed)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vh_case_subject where id = ?", Long.class, semActive)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vh_case_subject where id = ?", Long.class, noorClosed)).as("the sibling stays")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where subject_id = ? and action = 'DELETE'", Long.class, semClosed))
                .isEqualTo(1);
        SubjectRequest stored = requests.findByRequestNumber(started.get("requestNumber").asText()).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(SubjectRequest.Outcome.PARTIALLY_ERASED);
        assertThat(stored.getLegalGround()).isEqualTo("NO_LONGER_NEEDED");
        assertThat(stored.getRefusalReason()).contains(activeCase).contains("art. 17 lid 3 AVG").doesNotContain(closedCase);
    }

    @Test
    void anErasureOfAPersonOnlyInAnActiveCaseIsRefusedWithTheReason() {
        String activeCase = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", activeCase, "Sem");
        JsonNode started = submit(request("ERASURE", sem));

        complete(handleTask("procesregie.utrecht", started.get("requestNumber").asText()),
                Map.of("requestDecision", "GRANT", "erasureGround", "OBJECTION"));

        assertThat(jdbc.queryForObject("select count(*) from vh_case_subject where id = ?", Long.class, sem)).isEqualTo(1);
        SubjectRequest stored = requests.findByRequestNumber(started.get("requestNumber").asText()).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(SubjectRequest.Outcome.REFUSED);
        assertThat(stored.getRefusalReason()).contains(activeCase);
    }

    @Test
    void anAccessRequestIsGrantedOnlyOnceTheExportWasMade() {
        String caseNumber = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");
        JsonNode started = submit(request("ACCESS", sem));
        JsonNode task = handleTask("procesregie.utrecht", started.get("requestNumber").asText());

        Api.Answer tooEarly = complete(task, Map.of("requestDecision", "GRANT"));
        assertThat(tooEarly.status()).isEqualTo(REST_COMMAND_FAILED);
        assertThat(tooEarly.body().get("message").asText()).contains("Maak eerst de export (/api/subjects/" + sem + "/export)");
        assertThat(procesregie.get("/api/subjects/" + sem + "/export").status()).isEqualTo(200);
        Api.Answer done = complete(task, Map.of("requestDecision", "GRANT"));

        assertThat(done.status()).as(done.raw()).isEqualTo(204);
        assertThat(requests.findByRequestNumber(started.get("requestNumber").asText()).orElseThrow().getOutcome())
                .isEqualTo(SubjectRequest.Outcome.EXPORT_PROVIDED);
    }

    @Test
    void aRefusalNeedsAGroundAndAnExplanation() {
        String caseNumber = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");
        JsonNode started = submit(request("ACCESS", sem));
        JsonNode task = handleTask("procesregie.utrecht", started.get("requestNumber").asText());

        String message = complete(task, Map.of("requestDecision", "REFUSE")).body().get("message").asText();
        assertThat(message).contains("refusalGround").contains("refusalReason");
        complete(task, Map.of("requestDecision", "REFUSE", "refusalGround", "CRIMINAL_INVESTIGATION", "refusalReason",
                "Er loopt een strafrechtelijk onderzoek; inzage kan dat schaden."));

        SubjectRequest stored = requests.findByRequestNumber(started.get("requestNumber").asText()).orElseThrow();
        assertThat(stored.getOutcome()).isEqualTo(SubjectRequest.Outcome.REFUSED);
        assertThat(stored.getLegalGround()).isEqualTo("CRIMINAL_INVESTIGATION");
        assertThat(stored.getRefusalReason()).startsWith("Er loopt een strafrechtelijk onderzoek");
    }

    @Test
    void aRequestByNameAndBirthDateFindsThePersonWithoutKeepingTheName() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String family = (String) Referrals.subject(referral, 0).get("familyName");
        String caseNumber = fixtures.refer("politie.utrecht", referral);
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");
        Map<String, Object> body = request("ACCESS", 0);
        body.remove("subjectId");
        body.put("givenName", "sem");
        body.put("familyName", family.toUpperCase());
        body.put("dateOfBirth", "2009-04-01");

        JsonNode found = submit(body);

        assertThat(found.get("subjectId").asLong()).isEqualTo(sem);
        body.put("dateOfBirth", "2009-04-02");
        JsonNode notFound = submit(body);
        assertThat(notFound.get("personFound").asBoolean()).isFalse();
        assertThat(notFound.get("caseCount").asInt()).isZero();
        JsonNode task = handleTask("procesregie.utrecht", notFound.get("requestNumber").asText());
        assertThat(complete(task, Map.of("requestDecision", "GRANT")).status()).isEqualTo(204);
        assertThat(requests.findByRequestNumber(notFound.get("requestNumber").asText()).orElseThrow().getOutcome())
                .isEqualTo(SubjectRequest.Outcome.NO_DATA_HELD);
        assertThat(runtimeService.createVariableInstanceQuery().variableNameIn("requestGivenName", "requestFamilyName", "requestDateOfBirth")
                .count()).isZero();
    }

    @Test
    void wrongRequestsGetOneMessagePerFieldAndOthersThanProcessDirectionOfTheRegionAreRefused() {
        String caseNumber = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");
        long before = requests.count();

        Map<String, Object> wrong = new LinkedHashMap<>(Map.of("region", "utrecht", "kind", "DELETE_EVERYTHING", "subjectId", 999999999,
                "receivedOn", today().plusDays(2).toString(), "channel", "PIGEON"));
        Api.Answer answer = procesregie.post("/api/subject-requests", wrong);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("kind", "channel", "receivedOn", "subjectId");

        Map<String, Object> nobody = request("ACCESS", 0);
        nobody.remove("subjectId");
        Api.Answer anonymousPerson = procesregie.post("/api/subject-requests", nobody);
        assertThat(anonymousPerson.status()).isEqualTo(400);
        assertThat(anonymousPerson.raw()).contains("givenName", "familyName", "dateOfBirth");
        assertThat(procesregie.post("/api/subject-requests", "{\"region\": ").status()).isEqualTo(400);

        assertThat(Api.as(port, "politie.utrecht").post("/api/subject-requests", request("ACCESS", sem)).status()).isEqualTo(403);
        assertThat(Api.as(port, "politie.utrecht").post("/api/subject-requests", request("ACCESS", 999999999)).status())
                .as("whether an id exists is not revealed").isEqualTo(403);
        Api rotterdam = Api.as(port, "procesregie.rotterdam-rijnmond");
        assertThat(rotterdam.post("/api/subject-requests", request("ACCESS", sem)).status()).as("Utrecht's request").isEqualTo(403);
        Map<String, Object> inRotterdam = request("ACCESS", sem);
        inRotterdam.put("region", "rotterdam-rijnmond");
        Api.Answer notInRotterdam = rotterdam.post("/api/subject-requests", inRotterdam);
        assertThat(notInRotterdam.status()).isEqualTo(400);
        assertThat(notInRotterdam.body().get("errors").get(0).get("field").asText()).isEqualTo("subjectId");
        assertThat(requests.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void processDirectionRegistersARequestWithTheTasklistStartFormAndNobodyElseCan() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String family = (String) Referrals.subject(referral, 0).get("familyName");
        fixtures.refer("politie.utrecht", referral);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("region", value("utrecht"));
        form.put("requestKind", value("ACCESS"));
        form.put("requestGivenName", value("Sem"));
        form.put("requestFamilyName", value(family));
        form.put("requestDateOfBirth", value("2009-04-01"));
        form.put("requestReceivedOn", value(today().toString()));
        form.put("requestChannel", value("DESK"));

        Api.Answer started = procesregie.post(SUBMIT_FORM, Map.of("variables", form));

        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        String instance = started.body().get("id").asText();
        String requestNumber = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        assertThat(requestNumber).matches("VB-\\d{4}-\\d{6}");
        SubjectRequest stored = requests.findByRequestNumber(requestNumber).orElseThrow();
        assertThat(stored.isPersonFound()).isTrue();
        assertThat(stored.getProcessInstanceId()).isEqualTo(instance);
        assertThat(stored.getChannel()).isEqualTo(SubjectRequest.Channel.DESK);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("requestFamilyName").count())
                .isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).list())
                .noneMatch(detail -> detail.toString().contains(family));

        assertThat(Api.as(port, "politie.utrecht").post(SUBMIT_FORM, Map.of("variables", form)).status()).isEqualTo(403);
        form.put("requestReceivedOn", value("morgen"));
        Api.Answer wrong = procesregie.post(SUBMIT_FORM, Map.of("variables", form));
        assertThat(wrong.status()).isEqualTo(REST_COMMAND_FAILED);
        assertThat(wrong.body().get("message").asText()).contains("receivedOn");
    }

    private static Map<String, Object> value(String text) {
        return Map.of("value", text, "type", "String");
    }
}
