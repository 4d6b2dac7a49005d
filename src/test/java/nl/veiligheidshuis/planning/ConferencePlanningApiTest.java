package nl.veiligheidshuis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The week's conference planning through the API: process direction of a region starts and reads its own region's
 * planning; other partners and other regions are refused; a bad week gets 400, a second start of a week 409.
 * Cases waiting for a conference are put straight into the tables (the conference itself has its own tests).
 */
@IntegrationTest
class ConferencePlanningApiTest {

    static final String UTRECHT = "/api/regions/utrecht/conference-planning";
    static final AtomicInteger NEXT = new AtomicInteger(900_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    /** An active case of the region whose conference has its partners chosen; returns its number. */
    String waitingCase(String region, String priority, String... partners) {
        String caseNumber = String.format("VH-2099-%06d", NEXT.incrementAndGet());
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into vh_case (case_number, region_id, case_type, route, referring_partner, status, phase, priority, created_at) "
                + "values (?, ?, 'PERSON', 'PARTNER', 'politie', 'ACCEPTED', 'CONFERENCE', ?, ?)", caseNumber, region, priority, now);
        Long caseId = jdbc.queryForObject("select id from vh_case where case_number = ?", Long.class, caseNumber);
        jdbc.update("insert into vh_conference (case_id, process_instance_id, status, created_at, participants_chosen_at) "
                + "values (?, ?, 'PARTICIPANTS_CHOSEN', ?, ?)", caseId, "planning-test-" + caseNumber, now, now);
        Long conferenceId = jdbc.queryForObject("select id from vh_conference where case_id = ?", Long.class, caseId);
        for (String partner : partners) {
            jdbc.update("insert into vh_conference_partner (conference_id, partner_group, proposed, selected, preparation_status) "
                    + "values (?, ?, true, true, 'NOT_INVITED')", conferenceId, partner);
        }
        // a partner that was proposed but dropped is not needed
        jdbc.update("insert into vh_conference_partner (conference_id, partner_group, proposed, selected, preparation_status) "
                + "values (?, 'uwv', true, false, 'NOT_INVITED')", conferenceId);
        return caseNumber;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @Test
    void processDirectionStartsTheWeekAndReadsItsSlotsOtherRegionsAndPartnersAreRefused() {
        String urgent = waitingCase("utrecht", "URGENT", "gemeente", "politie", "om");
        String normal = waitingCase("utrecht", "NORMAL", "gemeente", "politie", "om");
        String care = waitingCase("utrecht", "HIGH", "gemeente", "ggz", "gehandicaptenzorg");
        String rotterdam = waitingCase("rotterdam-rijnmond", "URGENT", "gemeente", "politie", "om");
        Api procesregie = Api.as(port, "procesregie.utrecht");

        Api.Answer started = procesregie.post(UTRECHT, Map.of("week", "2030-W10"));

        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        assertThat(started.body().path("businessKey").asText()).isEqualTo("utrecht-2030-W10");
        String processInstanceId = started.body().path("processInstanceId").asText();
        Task confirm = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(confirm.getName()).isEqualTo("Weekplanning casusoverleg vaststellen — 2030-W10");
        assertThat(confirm.getTenantId()).isEqualTo("utrecht");
        assertThat(taskService.getVariable(confirm.getId(), "planningSummary").toString())
                .contains(urgent, normal, care).doesNotContain(rotterdam);

        Api.Answer read = procesregie.get(UTRECHT + "?week=2030-W10");

        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().path("status").asText()).isEqualTo("PROPOSED");
        List<List<String>> slots = new ArrayList<>();
        read.body().path("slots").forEach(slot -> slots.add(texts(slot.path("caseNumbers"))));
        assertThat(slots).anySatisfy(slot -> assertThat(slot).containsSubsequence(urgent, normal));
        assertThat(slots).anySatisfy(slot -> assertThat(slot).contains(care).doesNotContain(urgent));
        assertThat(slots).allSatisfy(slot -> assertThat(slot).doesNotContain(rotterdam).hasSizeLessThanOrEqualTo(6));
        JsonNode urgentSlot = null;
        for (JsonNode slot : read.body().path("slots")) {
            if (texts(slot.path("caseNumbers")).contains(urgent)) {
                urgentSlot = slot;
            }
        }
        assertThat(texts(urgentSlot.path("partnerGroups"))).contains("gemeente", "om", "politie").doesNotContain("uwv");
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and user_id = 'procesregie.utrecht' "
                + "and action = 'READ' and channel = 'API'", Integer.class, urgent)).isEqualTo(1);

        // another partner of the region, and process direction of another region, see nothing
        assertThat(Api.as(port, "politie.utrecht").get(UTRECHT + "?week=2030-W10").status()).isEqualTo(403);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get(UTRECHT + "?week=2030-W10").status()).isEqualTo(403);
        assertThat(Api.as(port, "politie.utrecht").post(UTRECHT, Map.of("week", "2030-W11")).status()).isEqualTo(403);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").post(UTRECHT, Map.of("week", "2030-W11")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(UTRECHT + "?week=2030-W10").status()).isEqualTo(401);

        // a new proposal replaces the slots (a case that became ready meanwhile joins), then confirming confirms them all
        String later = waitingCase("utrecht", "URGENT", "gemeente", "politie", "om");
        taskService.complete(confirm.getId(), Map.of("planningDecision", "PROPOSE_AGAIN"));
        confirm = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(taskService.getVariable(confirm.getId(), "planningSummary").toString()).contains(later, urgent, normal, care);
        assertThat(jdbc.queryForObject("select proposal_count from vh_conference_plan where region_id = 'utrecht' and iso_week = '2030-W10'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from vh_conference_slot_case sc join vh_conference_slot s on s.id = sc.slot_id "
                + "where s.region_id = 'utrecht' and s.iso_week = '2030-W10' and sc.case_number = ?", Integer.class, urgent)).isEqualTo(1);
        taskService.complete(confirm.getId(), Map.of("planningDecision", "CONFIRM"));
        Api.Answer confirmed = procesregie.get(UTRECHT + "?week=2030-W10");
        assertThat(confirmed.body().path("status").asText()).isEqualTo("CONFIRMED");
        confirmed.body().path("slots").forEach(slot -> assertThat(slot.path("status").asText()).isEqualTo("CONFIRMED"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getEndTime())
                .isNotNull();
    }

    @Test
    void aSecondStartOfTheSameWeekIsAConflict() {
        Api procesregie = Api.as(port, "procesregie.utrecht");

        assertThat(procesregie.post(UTRECHT, Map.of("week", "2030-W20")).status()).isEqualTo(201);
        Api.Answer again = procesregie.post(UTRECHT, Map.of("week", "2030-W20"));

        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("al gestart");
        assertThat(jdbc.queryForObject("select count(*) from vh_conference_plan where region_id = 'utrecht' and iso_week = '2030-W20'",
                Integer.class)).isEqualTo(1);
        // another region may plan the same week
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").post("/api/regions/rotterdam-rijnmond/conference-planning",
                Map.of("week", "2030-W20")).status()).isEqualTo(201);
    }

    @Test
    void aBadOrMissingWeekIsRefusedWithAMessage() {
        Api procesregie = Api.as(port, "procesregie.utrecht");

        for (String wrong : new String[] {"?week=2030-49", "?week=2030-W54", "?week=banaan", ""}) {
            Api.Answer answer = procesregie.get(UTRECHT + wrong);
            assertThat(answer.status()).as(wrong + ": " + answer.raw()).isEqualTo(400);
            assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("week");
        }
        assertThat(procesregie.post(UTRECHT, Map.of("week", "2030-W99")).status()).isEqualTo(400);
        assertThat(procesregie.post(UTRECHT, "{}").status()).isEqualTo(400);
        assertThat(procesregie.post(UTRECHT, "{\"week\": \"2030-W30\", \"extra\": 1}").status()).isEqualTo(400);
        assertThat(procesregie.get(UTRECHT + "?week=2031-W05").status()).as("no planning for that week yet").isEqualTo(404);
    }
}
