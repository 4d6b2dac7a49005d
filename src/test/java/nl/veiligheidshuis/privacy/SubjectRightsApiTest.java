package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/subjects/{id}/access-report} and {@code /export}: for process direction of the person's region only. */
@IntegrationTest
class SubjectRightsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    PrivacyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(port, jdbc, managementService);
    }

    @Test
    void theAccessReportListsWhoReferredAndWhoReadTheCase() {
        String caseNumber = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");

        Api.Answer report = Api.as(port, "procesregie.utrecht").get("/api/subjects/" + sem + "/access-report");

        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.body().get("cases")).extracting(JsonNode::asText).containsExactly(caseNumber);
        List<String> lines = new ArrayList<>();
        report.body().get("entries").forEach(e -> lines.add(e.get("userId").asText() + " " + e.get("action").asText() + " "
                + e.get("channel").asText() + " " + e.get("purpose").asText()));
        assertThat(lines).contains("politie.utrecht CREATE API aanmelding", "procesregie.utrecht READ API casus inzien");
        JsonNode read = findEntry(report.body(), "procesregie.utrecht", "READ");
        assertThat(read.get("organisation").asText()).contains("procesregie");
        assertThat(read.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(read.get("occurredAt").asText()).isNotBlank();
        // asking for the report is itself logged, on the case and the person
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and subject_id = ? and action = 'READ'"
                + " and purpose = ?", Long.class, caseNumber, sem, SubjectRights.PURPOSE_REPORT)).isEqualTo(1);
    }

    @Test
    void onlyProcessDirectionOfThePersonsRegionMayAskAndAnUnknownIdIsNotFound() {
        String caseNumber = fixtures.refer("politie.utrecht", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        long sem = fixtures.subjectId("procesregie.utrecht", caseNumber, "Sem");

        for (String path : List.of("/access-report", "/export")) {
            assertThat(Api.as(port, "politie.utrecht").get("/api/subjects/" + sem + path).status()).as("partner " + path).isEqualTo(403);
            assertThat(Api.as(port, "vh-manager.utrecht").get("/api/subjects/" + sem + path).status()).as("manager " + path).isEqualTo(403);
            Api.Answer otherRegion = Api.as(port, "procesregie.rotterdam-rijnmond").get("/api/subjects/" + sem + path);
            assertThat(otherRegion.status()).as("other region " + path).isEqualTo(403);
            assertThat(otherRegion.body().get("detail").asText()).contains("andere regio");
            Api.Answer unknown = Api.as(port, "procesregie.utrecht").get("/api/subjects/999999999" + path);
            assertThat(unknown.status()).as("unknown " + path).isEqualTo(404);
            assertThat(unknown.body().get("detail").asText()).isEqualTo("Geen betrokkene met nummer 999999999");
            assertThat(Api.anonymous(port).get("/api/subjects/" + sem + path).status()).isEqualTo(401);
        }
        assertThat(fixtures.accessLogEntries(caseNumber, "EXPORT")).as("refused calls export nothing").isZero();
    }

    @Test
    void theExportHoldsThePersonsCasesAcrossTheRegionButNoDataOfAnotherPerson() {
        Map<String, Object> first = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String bsn = (String) Referrals.subject(first, 0).get("bsn");
        String family = (String) Referrals.subject(first, 0).get("familyName");
        String firstCase = fixtures.refer("politie.utrecht", first);
        fixtures.withdraw("politie.utrecht", firstCase);
        // the same Sem (same BSN) referred again later by the municipality: a new case in the region
        Map<String, Object> again = Referrals.complexYouthCase("utrecht", "gemeente", "PARTNER");
        Referrals.subject(again, 0).put("bsn", bsn);
        Referrals.subject(again, 0).put("familyName", family);
        String secondCase = fixtures.refer("gemeente.utrecht", again);
        // another young person in the region, and Sem known in another region too
        Map<String, Object> other = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String otherFamily = (String) Referrals.subject(other, 0).get("familyName");
        String otherCase = fixtures.refer("politie.utrecht", other);
        Map<String, Object> rotterdam = Referrals.complexYouthCase("rotterdam-rijnmond", "politie", "ZSM");
        Referrals.subject(rotterdam, 0).put("bsn", bsn);
        String rotterdamCase = fixtures.refer("politie.rotterdam-rijnmond", rotterdam);
        long sem = fixtures.subjectId("procesregie.utrecht", firstCase, "Sem");

        Api.Answer export = Api.as(port, "procesregie.utrecht").get("/api/subjects/" + sem + "/export");

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        JsonNode body = export.body();
        assertThat(body.get("cases")).extracting(JsonNode::asText).containsExactly(firstCase, secondCase);
        assertThat(body.get("alsoKnownInRegions")).extracting(JsonNode::asText).containsExactly("rotterdam-rijnmond");
        assertThat(body.get("reviewNote").asText()).contains("art. 15 lid 4 AVG");
        assertThat(body.get("generatedBy").asText()).isEqualTo("procesregie.utrecht");
        JsonNode sections = body.get("sections");
        assertThat(sections.get("subjects")).hasSize(2);
        sections.get("subjects").forEach(row -> {
            assertThat(row.get("givenName").asText()).isEqualTo("Sem");
            assertThat(row.get("bsnRecorded").asBoolean()).isTrue();
        });
        assertThat(sections.get("cases")).extracting(c -> c.get("status").asText()).containsExactly("WITHDRAWN", "REGISTERED");
        assertThat(sections.get("referrals")).extracting(r -> r.get("referringPartner").asText()).containsExactly("politie", "gemeente");
        assertThat(sections.get("involvement")).extracting(i -> i.get("partner").asText()).containsExactly("politie", "gemeente");
        assertThat(sections.get("involvement").get(0).get("endedAt").isNull()).as("ended at closure").isFalse();
        assertThat(sections.has("contributions")).isTrue();
        assertThat(sections.get("accessLog").size()).isGreaterThan(2);
        // nothing of Noor (the sibling in the same case), of the other young person, of Rotterdam's case, nor the BSN
        assertThat(export.raw()).doesNotContain("Noor").doesNotContain(otherFamily).doesNotContain(otherCase).doesNotContain(rotterdamCase)
                .doesNotContain(bsn);
        assertThat(export.raw()).contains(family);
        assertThat(fixtures.accessLogEntries(firstCase, "EXPORT")).isEqualTo(1);
        assertThat(fixtures.accessLogEntries(secondCase, "EXPORT")).isEqualTo(1);
        assertThat(fixtures.accessLogEntries(rotterdamCase, "EXPORT")).isZero();
        // Rotterdam's process direction sees only Rotterdam's case of the same person
        long semInRotterdam = fixtures.subjectId("procesregie.rotterdam-rijnmond", rotterdamCase, "Sem");
        Api.Answer fromRotterdam = Api.as(port, "procesregie.rotterdam-rijnmond").get("/api/subjects/" + semInRotterdam + "/export");
        assertThat(fromRotterdam.body().get("cases")).extracting(JsonNode::asText).containsExactly(rotterdamCase);
        assertThat(fromRotterdam.body().get("alsoKnownInRegions")).extracting(JsonNode::asText).containsExactly("utrecht");
    }

    private static JsonNode findEntry(JsonNode report, String user, String action) {
        for (JsonNode entry : report.get("entries")) {
            if (entry.get("userId").asText().equals(user) && entry.get("action").asText().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("No " + action + " by " + user);
    }
}
