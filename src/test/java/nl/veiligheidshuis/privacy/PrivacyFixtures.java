package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.Jobs;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases as partners make them over HTTP, and the few database moves the privacy tests need (time passing). */
final class PrivacyFixtures {

    private final int port;
    private final JdbcTemplate jdbc;
    private final ManagementService managementService;

    PrivacyFixtures(int port, JdbcTemplate jdbc, ManagementService managementService) {
        this.port = port;
        this.jdbc = jdbc;
        this.managementService = managementService;
    }

    /** Refers a case as {@code user} and runs the engine's jobs; returns the case number. */
    String refer(String user, Map<String, Object> referral) {
        Api.Answer answer = Api.as(port, user).post("/api/referrals", referral);
        assertThat(answer.status()).as(answer.raw()).isIn(200, 201);
        Jobs.executeAll(managementService);
        return answer.body().get("caseNumber").asText();
    }

    /** The id of a person in the case, as process direction of the region reads the case (logged as a read). */
    long subjectId(String processDirection, String caseNumber, String givenName) {
        Api.Answer read = Api.as(port, processDirection).get("/api/cases/" + caseNumber);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        for (JsonNode person : read.body().get("subjects")) {
            if (person.get("givenName").asText().equals(givenName)) {
                return person.get("id").asLong();
            }
        }
        throw new AssertionError("No " + givenName + " in " + caseNumber);
    }

    /** The referrer withdraws the case: it is closed now. */
    void withdraw(String referrer, String caseNumber) {
        Api.Answer answer = Api.as(port, referrer).post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", "Sem verhuist naar Spanje"));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
        Jobs.executeAll(managementService);
        assertThat(jdbc.queryForObject("select closed_at from vh_case where case_number = ?", LocalDateTime.class, caseNumber)).isNotNull();
    }

    /** Moves the closure of a case into the past, as if the years had gone by. */
    void closedAgo(String caseNumber, Instant closedAt) {
        assertThat(jdbc.update("update vh_case set closed_at = ? where case_number = ?", LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC),
                caseNumber)).isEqualTo(1);
    }

    long caseId(String caseNumber) {
        return jdbc.queryForObject("select id from vh_case where case_number = ?", Long.class, caseNumber);
    }

    long count(String table, long caseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Long.class, caseId);
    }

    long accessLogEntries(String caseNumber, String action) {
        return jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and action = ?", Long.class, caseNumber, action);
    }
}
