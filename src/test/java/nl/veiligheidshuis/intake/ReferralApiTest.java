package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.privacy.AccessLog;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/referrals} and {@code GET /api/cases/{caseNumber}} as partner systems use them. */
@IntegrationTest
class ReferralApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseFileRepository cases;

    @Autowired
    ManagementService managementService;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComplexReferralGets201AndReachesTheScreeningInboxOfItsRegionOnly() {
        Api.Answer answer = politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));

        assertThat(answer.status()).isEqualTo(201);
        String caseNumber = answer.body().get("caseNumber").asText();
        assertThat(caseNumber).matches("VH-\\d{4}-\\d{6}");
        assertThat(answer.body().get("processInstanceId").asText()).isNotBlank();
        Jobs.executeAll(managementService);

        JsonNode screening = tasksOf("procesregie.utrecht", caseNumber);
        assertThat(screening).hasSize(1);
        assertThat(screening.get(0).get("name").asText()).isEqualTo("Casus screenen — " + caseNumber);
        assertThat(screening.get(0).get("tenantId").asText()).isEqualTo("utrecht");
        assertThat(screening.get(0).get("due").isNull()).isFalse();
        assertThat(tasksOf("procesregie.rotterdam-rijnmond", caseNumber)).isEmpty();
        assertThat(tasksOf("politie.utrecht", caseNumber)).isEmpty();
    }

    @Test
    void aRefusedZsmReferralReachesTheReferringPoliceWithTheAdviceZsm() {
        Api.Answer answer = politieUtrecht().post("/api/referrals", Referrals.singleChainZsmCase("utrecht", "politie"));
        String caseNumber = answer.body().get("caseNumber").asText();
        Jobs.executeAll(managementService);
        JsonNode screening = tasksOf("procesregie.utrecht", caseNumber).get(0);

        Api.Answer completed = Api.as(port, "procesregie.utrecht").post("/engine-rest/task/" + screening.get("id").asText() + "/complete",
                Map.of("variables", Map.of("screeningDecision", Map.of("value", "REFUSE"))));
        assertThat(completed.status()).as(completed.raw()).isEqualTo(204);
        Jobs.executeAll(managementService);

        JsonNode advice = tasksOf("politie.utrecht", caseNumber);
        assertThat(advice).hasSize(1);
        String taskId = advice.get(0).get("id").asText();
        JsonNode variables = politieUtrecht().get("/engine-rest/task/" + taskId + "/variables").body();
        assertThat(variables.get("chosenReferralAdvice").get("value").asText()).isEqualTo("ZSM");
        assertThat(variables.get("complexityOutcome").get("value").asText()).isEqualTo("NOT_COMPLEX_SINGLE_CHAIN");
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus().name()).isEqualTo("REFUSED_NOT_COMPLEX");
        assertThat(tasksOf("politie.rotterdam-rijnmond", caseNumber)).isEmpty();
    }

    static List<Arguments> invalidReferrals() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(invalid("unknown region", r -> r.put("region", "atlantis"), "region"));
        cases.add(invalid("unknown route", r -> r.put("route", "POSTDUIF"), "route"));
        cases.add(invalid("unknown case type", r -> r.put("caseType", "COMPANY"), "caseType"));
        cases.add(invalid("unknown life domain", r -> r.put("lifeDomains", List.of("HOUSING", "ASTROLOGY")), "lifeDomains[1]"));
        cases.add(invalid("BSN failing the eleven test", r -> Referrals.subject(r, 0).put("bsn", "123456789"), "subjects[0].bsn"));
        cases.add(invalid("person case without a subject", r -> r.put("subjects", List.of()), "subjects"));
        cases.add(invalid("area case without an area", r -> {
            r.put("caseType", "AREA");
            r.put("subjects", List.of());
        }, "area"));
        cases.add(invalid("date of birth in the future", r -> Referrals.subject(r, 0).put("dateOfBirth", "2999-01-01"),
                "subjects[0].dateOfBirth"));
        cases.add(invalid("no summary", r -> r.put("summary", " "), "summary"));
        cases.add(invalid("unknown referring partner", r -> r.put("referringPartner", "bakker"), "referringPartner"));
        cases.add(invalid("not informed without reason", r -> r.put("subjectNotInformedReason", null), "subjectNotInformedReason"));
        cases.add(invalid("chains out of range", r -> criteria(r).put("chainsNeeded", 7), "criteria.chainsNeeded"));
        cases.add(invalid("a criterion unanswered", r -> criteria(r).remove("systemImpact"), "criteria.systemImpact"));
        cases.add(invalid("a date that is no date", r -> Referrals.subject(r, 0).put("dateOfBirth", "1 april"), "subjects[0].dateOfBirth"));
        cases.add(invalid("an unknown field", r -> r.put("favouriteColour", "blue"), "favouriteColour"));
        cases.add(invalid("informed in the future", r -> {
            r.put("subjectInformed", true);
            r.put("subjectInformedOn", "2999-01-01");
        }, "subjectInformedOn"));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReferrals")
    void aWrongFieldGets400NamingThatFieldAndStoresNothing(String scenario, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "PARTNER");
        breakIt.accept(referral);
        long before = cases.count();

        Api.Answer answer = politieUtrecht().post("/api/referrals", referral);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly(field);
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aPartnerOutsideTheRegionsCovenantCannotRefer() {
        jdbc.update("update vh_covenant_partner set left_on = date '2020-01-01' where region_id = 'zuid-limburg' and partner_group = 'leerplicht'");
        try {
            Api.Answer answer = Api.as(port, "leerplicht.zuid-limburg").post("/api/referrals",
                    Referrals.complexYouthCase("zuid-limburg", "leerplicht", "PARTNER"));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
            assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("referringPartner");
        } finally {
            jdbc.update("update vh_covenant_partner set left_on = null where region_id = 'zuid-limburg' and partner_group = 'leerplicht'");
        }
    }

    @Test
    void whenTheSubjectWasInformedIsKeptWithTheReferral() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "PARTNER");
        referral.put("subjectInformed", true);
        referral.put("subjectNotInformedReason", null);
        referral.put("subjectInformedOn", "2026-01-05");
        String caseNumber = politieUtrecht().post("/api/referrals", referral).body().get("caseNumber").asText();

        JsonNode stored = politieUtrecht().get("/api/cases/" + caseNumber).body().get("referrals").get(0);
        assertThat(stored.get("subjectInformed").asBoolean()).isTrue();
        assertThat(stored.get("subjectInformedOn").asText()).isEqualTo("2026-01-05");
        assertThat(stored.has("subjectInformedReviewDate")).isFalse();
    }

    @Test
    void severalWrongFieldsGetOneMessageEach() {
        Map<String, Object> referral = Referrals.complexYouthCase("atlantis", "politie", "POSTDUIF");
        Referrals.subject(referral, 0).put("bsn", "111111111");

        Api.Answer answer = politieUtrecht().post("/api/referrals", referral);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors")).hasSize(3);
        assertThat(answer.body().get("title").asText()).isEqualTo("Ongeldige invoer");
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(Api.anonymous(port).post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM")).status())
                .isEqualTo(401);
    }

    @Test
    void aRegionTheCallerDoesNotBelongToGets403() {
        Api.Answer answer = Api.as(port, "politie.rotterdam-rijnmond").post("/api/referrals",
                Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aPartnerTheCallerDoesNotBelongToGets403() {
        Api.Answer answer = politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "ggz", "CARE_TRAJECTORY"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = cases.count();

        Api.Answer first = politieUtrecht().post("/api/referrals", referral, key);
        Api.Answer retry = politieUtrecht().post("/api/referrals", referral, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("caseNumber").asText()).isEqualTo(first.body().get("caseNumber").asText());
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void twentyConcurrentReferralsGetTwentyDistinctCaseNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Api.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM")));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<Api.Answer> future : pool.invokeAll(calls)) {
                Api.Answer answer = future.get();
                assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
                numbers.add(answer.body().get("caseNumber").asText());
            }
            assertThat(numbers).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReferralOfAPersonInAnActiveCaseOfTheRegionIsJoinedToThatCase() {
        Map<String, Object> first = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String caseNumber = politieUtrecht().post("/api/referrals", first).body().get("caseNumber").asText();
        Map<String, Object> second = Referrals.complexYouthCase("utrecht", "gemeente", "PARTNER");
        Referrals.subject(second, 0).put("bsn", Referrals.subject(first, 0).get("bsn"));
        long before = cases.count();

        Api.Answer joined = Api.as(port, "gemeente.utrecht").post("/api/referrals", second);

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.body().get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(joined.body().get("linked").asBoolean()).isTrue();
        assertThat(cases.count()).isEqualTo(before);
        // the municipality is now involved and reads the case; both referrals are in it
        Api.Answer read = Api.as(port, "gemeente.utrecht").get("/api/cases/" + caseNumber);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("referrals")).hasSize(2);
    }

    @Test
    void aPersonActiveInAnotherRegionGivesAHitWithoutDetails() {
        Map<String, Object> utrecht = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String utrechtCase = politieUtrecht().post("/api/referrals", utrecht).body().get("caseNumber").asText();
        Map<String, Object> rotterdam = Referrals.complexYouthCase("rotterdam-rijnmond", "politie", "PARTNER");
        Referrals.subject(rotterdam, 0).put("bsn", Referrals.subject(utrecht, 0).get("bsn"));

        Api.Answer answer = Api.as(port, "politie.rotterdam-rijnmond").post("/api/referrals", rotterdam);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode hit = answer.body().get("knownInOtherRegion");
        assertThat(hit.get("region").asText()).isEqualTo("utrecht");
        assertThat(hit.get("contactGroup").asText()).isEqualTo("procesregie");
        assertThat(answer.raw()).doesNotContain(utrechtCase);
        assertThat(Api.as(port, "politie.rotterdam-rijnmond").get("/api/cases/" + utrechtCase).status()).isEqualTo(404);
    }

    @Test
    void theCaseIsReadByItsReferrerAndProcessDirectionAndByNobodyElseAndEveryReadIsLogged() {
        String caseNumber = politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM")).body()
                .get("caseNumber").asText();

        Api.Answer read = politieUtrecht().get("/api/cases/" + caseNumber);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("subjects")).hasSize(2);
        assertThat(read.raw()).doesNotContain("\"bsn\"");
        assertThat(Api.as(port, "procesregie.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
        assertThat(Api.as(port, "ggz.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(Api.as(port, "procesregie.rotterdam-rijnmond").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(Api.as(port, "demo").get("/api/cases/" + caseNumber).status()).isEqualTo(404);

        assertThat(accessLog.forCase(caseNumber)).extracting(e -> e.getUserId() + ":" + e.getAction())
                .containsExactly("politie.utrecht:CREATE", "politie.utrecht:READ", "procesregie.utrecht:READ");
    }

    @Test
    void theEngineLetsOnlyInvolvedPartnersOfTheRegionReadTheCaseInstance() {
        Api.Answer referred = politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        String instance = "/engine-rest/process-instance/" + referred.body().get("processInstanceId").asText();

        assertThat(politieUtrecht().get(instance).status()).isEqualTo(200);
        assertThat(Api.as(port, "ggz.utrecht").get(instance).status()).isEqualTo(404);
        assertThat(Api.as(port, "politie.rotterdam-rijnmond").get(instance).status()).isEqualTo(404);
    }

    @Test
    void theReferrerCanWithdrawItsCaseAndThenItIsClosed() {
        Api.Answer referred = politieUtrecht().post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        String caseNumber = referred.body().get("caseNumber").asText();
        String instance = "/engine-rest/process-instance/" + referred.body().get("processInstanceId").asText();
        Jobs.executeAll(managementService);
        assertThat(politieUtrecht().get(instance).status()).isEqualTo(200);

        assertThat(Api.as(port, "ggz.utrecht").post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(politieUtrecht().post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Answer tooLong = politieUtrecht().post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", "x".repeat(251)));
        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        assertThat(tooLong.raw()).contains("maximaal 250 tekens");
        Api.Answer withdrawn = politieUtrecht().post("/api/cases/" + caseNumber + "/withdrawal", Map.of("reason", "OM seponeert"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(202);
        Jobs.executeAll(managementService);

        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getStatus().name()).isEqualTo("WITHDRAWN");
        assertThat(tasksOf("procesregie.utrecht", caseNumber)).isEmpty();
        // involvement ended with the case: the referrer no longer sees it, neither through the API nor the engine
        assertThat(politieUtrecht().get("/api/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("politie")
                .resourceId(referred.body().get("processInstanceId").asText()).count()).isZero();
    }

    private Api politieUtrecht() {
        return Api.as(port, "politie.utrecht");
    }

    private JsonNode tasksOf(String user, String caseNumber) {
        Api.Answer answer = Api.as(port, user).get("/engine-rest/task?nameLike=%25" + caseNumber + "%25");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> criteria(Map<String, Object> referral) {
        return (Map<String, Object>) referral.get("criteria");
    }

    private static Arguments invalid(String scenario, Consumer<Map<String, Object>> breakIt, String field) {
        return Arguments.of(scenario, breakIt, field);
    }
}
