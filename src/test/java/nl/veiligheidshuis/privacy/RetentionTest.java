package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention: closed cases are destroyed after their region's term unless an explicit, logged extension keeps them. */
@IntegrationTest
class RetentionTest {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    Retention retention;

    @Autowired
    DestructionRecordRepository destructionRecords;

    @Autowired
    Clock clock;

    PrivacyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(port, jdbc, managementService);
    }

    /** A withdrawn case of Utrecht, closed six years ago: past the default term of five years. */
    private String oldClosedCase(Map<String, Object> referral) {
        String caseNumber = fixtures.refer("politie.utrecht", referral);
        fixtures.withdraw("politie.utrecht", caseNumber);
        fixtures.closedAgo(caseNumber, clock.instant().minus(Duration.ofDays(6 * 366)));
        return caseNumber;
    }

    @Test
    void theJobDestroysAnOldClosedCaseAndRecordsWhatWithoutPersonalData() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String family = (String) Referrals.subject(referral, 0).get("familyName");
        String bsn = (String) Referrals.subject(referral, 0).get("bsn");
        String caseNumber = oldClosedCase(referral);
        long caseId = fixtures.caseId(caseNumber);
        long logBefore = jdbc.queryForObject("select count(*) from vh_access_log where case_number = ?", Long.class, caseNumber);
        String processInstanceId = jdbc.queryForObject("select process_instance_id from vh_case where id = ?", String.class, caseId);
        String recentCase = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        fixtures.withdraw("politie.utrecht", recentCase);

        Retention.Run run = retention.destroyDueCases();

        assertThat(run.failed()).doesNotContain(caseNumber);
        assertThat(run.destroyed()).doesNotContain(recentCase);
        assertThat(destructionRecords.existsByCaseNumber(caseNumber)).isTrue();
        assertThat(destructionRecords.existsByCaseNumber(recentCase)).isFalse();
        for (String table : CaseFileDestroyer.OWN_TABLES) {
            assertThat(fixtures.count(table, caseId)).as(table).isZero();
        }
        assertThat(fixtures.count("vh_case_subject", fixtures.caseId(recentCase))).as("a recent case stays").isEqualTo(2);
        assertThat(jdbc.queryForObject("select region_id from vh_case where id = ?", String.class, caseId)).as("tombstone").isEqualTo("utrecht");
        assertThat(jdbc.queryForObject("select close_reason from vh_case where id = ?", String.class, caseId)).isEqualTo("INGETROKKEN");

        DestructionRecord record = destructionRecords.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(record.getRegionId()).isEqualTo("utrecht");
        assertThat(record.getTermYears()).isEqualTo(5);
        assertThat(record.getExtendedUntil()).isNull();
        assertThat(record.getClosedAt()).isBefore(clock.instant().minus(Duration.ofDays(5 * 365)));
        assertThat(record.getWhat()).contains("vh_case_subject: 2 rijen", "vh_referral: 1 rij", "vh_case_involvement: 1 rij",
                "vh_case: 1 rij (grafsteen");
        assertThat(record.getWhat()).doesNotContain(family).doesNotContain(bsn).doesNotContain("Sem").doesNotContain("Spanje");

        // the access log stays, with the destruction in it
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where case_number = ?", Long.class, caseNumber))
                .isEqualTo(logBefore + 1);
        assertThat(fixtures.accessLogEntries(caseNumber, "DELETE")).isEqualTo(1);
        // the engine's history of the case goes with the next history cleanup
        Jobs.executeAll(managementService);
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        assertThat(history.getRemovalTime()).isNotNull().isBeforeOrEqualTo(Date.from(clock.instant()));
        // a second run destroys nothing twice
        assertThat(retention.destroyDueCases().destroyed()).doesNotContain(caseNumber);
        // process direction still finds the number, without people
        Api.Answer read = Api.as(port, "procesregie.utrecht").get("/api/cases/" + caseNumber);
        assertThat(read.body().get("subjects")).isEmpty();
    }

    @Test
    void anExtensionKeepsTheCaseUntilItsDateHasPassed() {
        String caseNumber = oldClosedCase(Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        LocalDate until = LocalDate.now(clock.withZone(NETHERLANDS)).plusYears(1);

        Api.Answer extension = Api.as(port, "procesregie.utrecht").post("/api/cases/" + caseNumber + "/retention-extension",
                Map.of("until", until.toString(), "reason", "Lopende rechtszaak over de uithuisplaatsing"));

        assertThat(extension.status()).as(extension.raw()).isEqualTo(201);
        assertThat(extension.body().get("until").asText()).isEqualTo(until.toString());
        assertThat(extension.body().get("decidedBy").asText()).isEqualTo("procesregie.utrecht");
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and action = 'UPDATE' and purpose = ?",
                Long.class, caseNumber, "bewaartermijn verlengd tot " + until)).isEqualTo(1);
        long caseId = fixtures.caseId(caseNumber);
        assertThat(jdbc.queryForObject("select reason from vh_retention_extension where case_id = ?", String.class, caseId))
                .isEqualTo("Lopende rechtszaak over de uithuisplaatsing");

        assertThat(retention.destroyDueCases().destroyed()).doesNotContain(caseNumber);
        assertThat(fixtures.count("vh_case_subject", caseId)).isEqualTo(2);
        assertThat(destructionRecords.existsByCaseNumber(caseNumber)).isFalse();

        // the extension runs out
        LocalDate yesterday = LocalDate.now(clock.withZone(NETHERLANDS)).minusDays(1);
        jdbc.update("update vh_retention_extension set until = ? where case_id = ?", yesterday, caseId);
        retention.destroyDueCases();
        assertThat(destructionRecords.findByCaseNumber(caseNumber).orElseThrow().getExtendedUntil()).isEqualTo(yesterday);
        assertThat(fixtures.count("vh_retention_extension", caseId)).isZero();
    }

    @Test
    void anExtensionIsProcessDirectionsReasonedDecisionForALaterDate() {
        String recent = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        fixtures.withdraw("politie.utrecht", recent);
        String path = "/api/cases/" + recent + "/retention-extension";
        LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
        Api procesregie = Api.as(port, "procesregie.utrecht");

        assertThat(field(procesregie.post(path, Map.of("until", today.toString(), "reason", "x")))).isEqualTo("until");
        assertThat(field(procesregie.post(path, Map.of("until", "1 januari", "reason", "x")))).isEqualTo("until");
        Api.Answer early = procesregie.post(path, Map.of("until", today.plusYears(1).toString(), "reason", "x"));
        assertThat(field(early)).isEqualTo("until");
        assertThat(early.body().get("errors").get(0).get("message").asText()).contains("gewone vernietigingsdatum");
        assertThat(field(procesregie.post(path, Map.of("until", today.plusYears(6).toString(), "reason", " ")))).isEqualTo("reason");
        assertThat(Api.as(port, "politie.utrecht").post(path, Map.of("until", today.plusYears(6).toString(), "reason", "x")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").post(path, Map.of("until", today.plusYears(6).toString(), "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from vh_retention_extension where case_id = ?", Long.class, fixtures.caseId(recent)))
                .as("nothing stored").isZero();

        Api.Answer later = procesregie.post(path, Map.of("until", today.plusYears(6).toString(), "reason", "Nazorg loopt nog"));
        assertThat(later.status()).as(later.raw()).isEqualTo(201);
        assertThat(LocalDate.parse(later.body().get("regularDestructionDate").asText())).isEqualTo(today.plusYears(5));
    }

    @Test
    void aCaseWithDataOfAFeatureWithoutDestroyerIsNotDestroyedAtAll() {
        String caseNumber = oldClosedCase(Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long caseId = fixtures.caseId(caseNumber);
        jdbc.execute("create table vh_test_case_note (id bigint primary key, case_id bigint not null references vh_case (id))");
        try {
            jdbc.update("insert into vh_test_case_note (id, case_id) values (1, ?)", caseId);

            Retention.Run run = retention.destroyDueCases();

            assertThat(run.failed()).contains(caseNumber);
            assertThat(run.destroyed()).doesNotContain(caseNumber);
            assertThat(fixtures.count("vh_case_subject", caseId)).as("nothing destroyed").isEqualTo(2);
            assertThat(destructionRecords.existsByCaseNumber(caseNumber)).isFalse();
        } finally {
            jdbc.execute("drop table vh_test_case_note");
        }
        retention.destroyDueCases();
        assertThat(destructionRecords.existsByCaseNumber(caseNumber)).as("once the data is gone").isTrue();
    }

    @Test
    void anActiveCaseIsNeverDestroyed() {
        String active = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        jdbc.update("update vh_case set created_at = ? where case_number = ?", LocalDateTime.of(2015, 1, 1, 0, 0), active);

        assertThat(retention.destroyDueCases().destroyed()).doesNotContain(active);
        assertThat(fixtures.count("vh_case_subject", fixtures.caseId(active))).isEqualTo(2);
    }

    @Test
    void everyRegionHasATermOfFiveYears() {
        assertThat(jdbc.queryForObject("select count(*) from vh_retention_term where years = 5", Long.class)).isEqualTo(25);
    }

    private static String field(Api.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        return answer.body().get("errors").get(0).get("field").asText();
    }
}
