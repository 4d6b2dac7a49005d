package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Negative tests of issue 7: what must be refused on every path, each on its own. */
@IntegrationTest
class PrivacyHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Test
    void aPartnerOfAnotherRegionReadsNothingOfACaseByGuessedIds() {
        String instance = utrechtCase().get("processInstanceId").asText();
        assertSeesNothingOf(Api.as(port, "politie.rotterdam-rijnmond"), instance);
    }

    @Test
    void anUninvolvedPartnerOfTheSameRegionReadsNothingOfTheCaseEither() {
        String instance = utrechtCase().get("processInstanceId").asText();
        assertSeesNothingOf(Api.as(port, "ggz.utrecht"), instance);
    }

    @Test
    void aQueryWithAnExpressionIsRefused() {
        Api.Answer adhoc = Api.as(port, "politie.utrecht").post("/engine-rest/task",
                Map.of("assigneeExpression", "${currentUser()}"));
        assertThat(adhoc.status()).isEqualTo(400);
        assertThat(adhoc.raw()).containsIgnoringCase("expression");

        Api.Answer stored = Api.as(port, "demo").post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Met expressie",
                "query", Map.of("assigneeExpression", "${currentUser()}")));
        assertThat(stored.status()).isGreaterThanOrEqualTo(400);
        assertThat(Api.as(port, "demo").get("/engine-rest/filter?name=Met%20expressie").body()).isEmpty();
    }

    @Test
    void aJavaSerializedVariableIsRefused() {
        String instance = utrechtCase().get("processInstanceId").asText();
        // a caller who may change the case's variables (the administrator reads and changes no case: AdministratorAccessTest)
        Authorization update = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        update.setUserId("procesregie.utrecht");
        update.setResource(Resources.PROCESS_INSTANCE);
        update.setResourceId(instance);
        update.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(update);
        try {
            Api.Answer answer = Api.as(port, "procesregie.utrecht").post("/engine-rest/process-instance/" + instance + "/variables",
                    Map.of("modifications", Map.of("payload", Map.of("value", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
                            "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                                    "serializationDataFormat", "application/x-java-serialized-object")))));
            assertThat(answer.status()).isGreaterThanOrEqualTo(400).isNotEqualTo(403);
            assertThat(Api.as(port, "procesregie.utrecht").get("/engine-rest/process-instance/" + instance + "/variables/payload").status())
                    .isEqualTo(404);
        } finally {
            authorizationService.deleteAuthorization(update.getId());
        }
    }

    @Test
    void aMalformedOrOversizedReferralGetsAClearErrorAndStoresNothing() {
        Api.Answer malformed = Api.as(port, "politie.utrecht").post("/api/referrals", "{\"region\": \"utrecht\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asText()).isEqualTo("body");

        Map<String, Object> oversized = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        oversized.put("summary", "x".repeat(200_000));
        Api.Answer tooLong = Api.as(port, "politie.utrecht").post("/api/referrals", oversized);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get(0).get("field").asText()).isEqualTo("summary");
    }

    @Test
    void htmlAndScriptInFreeTextAreKeptAsTextNeverInterpreted() {
        Map<String, Object> referral = Referrals.complexYouthCase("utrecht", "politie", "ZSM");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> Jongere met problemen";
        referral.put("summary", hostile);
        String caseNumber = Api.as(port, "politie.utrecht").post("/api/referrals", referral).body().get("caseNumber").asText();

        Api.Answer read = Api.as(port, "politie.utrecht").get("/api/cases/" + caseNumber);
        // served as JSON data, exactly as typed; the case page inserts it with textContent and forms render text inert
        assertThat(read.body().get("referrals").get(0).get("summary").asText()).isEqualTo(hostile);
    }

    @Test
    void theWebappsSetupEndpointIsClosedOnceAnAdministratorExists() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/admin/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();

        HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"indringer\",\"firstName\":\"In\",\"lastName\":\"Dringer\"},\"credentials\":{\"password\":\"indringer\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("indringer").count()).isZero();
    }

    private JsonNode utrechtCase() {
        Api.Answer answer = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        assertThat(answer.status()).isEqualTo(201);
        Jobs.executeAll(managementService);
        return answer.body();
    }

    private void assertSeesNothingOf(Api caller, String instance) {
        assertThat(caller.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
        // engine REST answers 403, or 500 "execution doesn't exist" when the tenant check hides it: no data either way
        Api.Answer variablesOfInstance = caller.get("/engine-rest/process-instance/" + instance + "/variables");
        assertThat(variablesOfInstance.status()).isIn(403, 404, 500);
        assertThat(variablesOfInstance.raw()).doesNotContain("caseNumber").doesNotContain("VH-");
        assertThat(caller.get("/engine-rest/task?processInstanceId=" + instance).body()).isEmpty();
        JsonNode history = caller.get("/engine-rest/history/process-instance?processInstanceId=" + instance).body();
        assertThat(history).isEmpty();
        JsonNode variables = caller.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).body();
        assertThat(variables).isEmpty();
        JsonNode runtimeVariables = caller.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance).body();
        assertThat(runtimeVariables).isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
