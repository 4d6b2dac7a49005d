package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligheidshuis.organisation.Administrators;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7: the administrator ({@code demo}) manages the engine but reads no case content, on any path, while a case of
 * Utrecht exists; reading one is an explicit grant that the engine's user operation log records.
 */
@IntegrationTest
class AdministratorAccessTest {

    private static final String ADMIN = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    Administrators administrators;

    @Test
    void theAdministratorIsInTheManagementGroupAndInNoEngineAdminGroupNorTenant() {
        List<String> groups = identityService.createGroupQuery().groupMember(ADMIN).list().stream().map(Group::getId).toList();
        assertThat(groups).containsExactly(Administrators.GROUP);

        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getAdminGroups()).contains(Groups.CAMUNDA_ADMIN).doesNotContainAnyElementsOf(groups);
        assertThat(configuration.getAdminUsers()).doesNotContain(ADMIN);
        assertThat(identityService.createTenantQuery().userMember(ADMIN).includingGroupsOfUser(true).count()).isZero();
        assertThat(administrators.administratorId()).isEqualTo(ADMIN);
    }

    @Test
    void theManagementGroupHasNoGrantThatReadsCases() {
        List<Authorization> grants = authorizationService.createAuthorizationQuery().groupIdIn(Administrators.GROUP).list();
        assertThat(grants).isNotEmpty();
        List<Integer> contentResources = List.of(Resources.TASK.resourceType(), Resources.PROCESS_INSTANCE.resourceType(),
                Resources.HISTORIC_TASK.resourceType(), Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
        assertThat(grants).extracting(Authorization::getResourceType).doesNotContainAnyElementsOf(contentResources);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        for (Authorization grant : grants) {
            Permission[] granted = grant.getPermissions(configuration.getPermissionProvider().getPermissionsForResource(grant.getResourceType()));
            assertThat(Arrays.stream(granted).map(Permission::getName).toList()).as("grant on resource type %s", grant.getResourceType())
                    .doesNotContain("READ_INSTANCE", "READ_HISTORY", "READ_TASK", "READ_INSTANCE_VARIABLE", "READ_HISTORY_VARIABLE",
                            "READ_TASK_VARIABLE", "UPDATE_INSTANCE", "UPDATE_TASK", "TASK_WORK");
        }
    }

    @Test
    void theAdministratorReadsNoTaskInstanceVariableOrHistoryOfACase() {
        JsonNode referral = utrechtCase();
        String instance = referral.get("processInstanceId").asText();
        // the case is there, with tasks and history, and Utrecht's process direction reads it: the zeroes below mean something
        assertThat(Api.as(port, "procesregie.utrecht").get("/engine-rest/process-instance/" + instance).status()).isEqualTo(200);
        assertThat(taskService.createTaskQuery().tenantIdIn("utrecht").count()).isPositive();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isPositive();
        assertThat(managementService.createJobQuery().tenantIdIn("utrecht").count()).isPositive();

        Api admin = Api.as(port, ADMIN);
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/execution",
                "/engine-rest/variable-instance", "/engine-rest/history/process-instance", "/engine-rest/history/variable-instance",
                "/engine-rest/history/task", "/engine-rest/history/activity-instance", "/engine-rest/history/detail",
                "/engine-rest/history/decision-instance", "/engine-rest/history/incident?tenantIdIn=utrecht",
                "/engine-rest/history/job-log?tenantIdIn=utrecht",
                "/engine-rest/job?tenantIdIn=utrecht", "/engine-rest/incident?tenantIdIn=utrecht")) {
            Api.Answer list = admin.get(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            assertThat(list.body()).as(path).isEmpty();
            Api.Answer count = admin.get(path.replace("?", "/count?") + (path.contains("?") ? "" : "/count"));
            assertThat(count.status()).as(path + "/count").isEqualTo(200);
            assertThat(count.body().get("count").asInt()).as(path + "/count").isZero();
        }
        assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
        Api.Answer variables = admin.get("/engine-rest/process-instance/" + instance + "/variables");
        assertThat(variables.status()).isNotEqualTo(200);
        assertThat(variables.raw()).doesNotContain("caseNumber").doesNotContain("VH-");
        assertThat(admin.get("/engine-rest/history/process-instance/" + instance).status()).isEqualTo(404);
        assertThat(admin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).body()).isEmpty();
        assertThat(admin.get("/engine-rest/history/user-operation?processInstanceId=" + instance).body()).isEmpty();
    }

    @Test
    void theApplicationsCaseApiRefusesTheAdministrator() {
        String caseNumber = utrechtCase().get("caseNumber").asText();
        assertThat(Api.as(port, "procesregie.utrecht").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
        Api.Answer answer = Api.as(port, ADMIN).get("/api/cases/" + caseNumber);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.raw()).doesNotContain("Testfamilie");
    }

    @Test
    void theAdministratorManagesIdentityAuthorizationsAndDefinitions() {
        Api admin = Api.as(port, ADMIN);
        assertThat(ids(admin.get("/engine-rest/group?maxResults=100").body())).contains("procesregie", "politie", Administrators.GROUP);
        assertThat(admin.get("/engine-rest/tenant/count").body().get("count").asInt()).isEqualTo(25);
        assertThat(admin.get("/engine-rest/user/count").body().get("count").asInt()).isPositive();
        assertThat(admin.get("/engine-rest/authorization/count").body().get("count").asInt()).isPositive();
        assertThat(ids(admin.get("/engine-rest/tenant?userMember=politie.utrecht").body())).containsExactly("utrecht");

        String userId = "testbeheer." + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = admin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", userId, "firstName", "Test",
                "lastName", "Gebruiker"), "credentials", Map.of("password", "Een-lang-wachtwoord-42")));
        assertThat(created.status()).isEqualTo(204);
        assertThat(send("PUT", "/engine-rest/group/politie/members/" + userId, null)).isEqualTo(204);
        assertThat(identityService.createUserQuery().userId(userId).memberOfGroup("politie").count()).isOne();
        assertThat(send("DELETE", "/engine-rest/user/" + userId, null)).isEqualTo(204);
        assertThat(identityService.createUserQuery().userId(userId).count()).isZero();

        assertThat(admin.get("/engine-rest/deployment/count").body().get("count").asInt()).isPositive();
        // reading only: a deployment would run new code next to the case data
        assertThat(deployAsAdministrator()).isEqualTo(403);
        assertThat(admin.get("/engine-rest/process-definition?key=case-lifecycle").body()).isNotEmpty();
        assertThat(admin.get("/engine-rest/decision-definition?key=complexity-criteria").body()).isNotEmpty();
        // a decision table evaluated with the administrator's own inputs: the rules, not a case
        Api.Answer evaluated = admin.post("/engine-rest/decision-definition/key/complexity-criteria/evaluate", Map.of("variables", Map.of(
                "caseType", Map.of("value", "PERSON", "type", "String"), "route", Map.of("value", "PARTNER", "type", "String"),
                "lifeDomainCount", Map.of("value", 3, "type", "Integer"), "criminalOrNuisanceRisk", Map.of("value", true, "type", "Boolean"),
                "chainsNeeded", Map.of("value", 2, "type", "Integer"), "coercionOrPressureNeeded", Map.of("value", true, "type", "Boolean"),
                "singleChainSolvable", Map.of("value", false, "type", "Boolean"), "provenStandardApproach", Map.of("value", false, "type", "Boolean"),
                "systemImpact", Map.of("value", true, "type", "Boolean"), "seriousAreaSafetyIssue", Map.of("value", false, "type", "Boolean"))));
        assertThat(evaluated.status()).isEqualTo(200);
        assertThat(evaluated.body().get(0).get("complexityOutcome").get("value").asText()).isEqualTo("COMPLEX");
        assertThat(admin.get("/engine-rest/batch").status()).isEqualTo(200);
        // failed jobs: an aggregate count, and a retry per job definition without reading the failing case
        assertThat(admin.get("/engine-rest/metrics/job-failed/sum").status()).isEqualTo(200);
        JsonNode jobDefinitions = admin.get("/engine-rest/job-definition").body();
        assertThat(jobDefinitions).isNotEmpty();
        assertThat(send("PUT", "/engine-rest/job-definition/" + jobDefinitions.get(0).get("id").asText() + "/retries", Map.of("retries", 3)))
                .isEqualTo(204);
    }

    @Test
    void theAdministratorLogsInToAdminAndCockpitButNotTasklist() throws Exception {
        for (String app : List.of("admin", "cockpit")) {
            Webapp webapp = new Webapp();
            HttpResponse<String> login = webapp.login(app, ADMIN);
            assertThat(login.statusCode()).as(app).isEqualTo(200);
            JsonNode authentication = JSON.readTree(login.body());
            assertThat(authentication.get("userId").asText()).isEqualTo(ADMIN);
            assertThat(ids(authentication.get("authorizedApps"))).contains("admin", "cockpit").doesNotContain("tasklist");
            // the pages themselves are served, not sent to the first-user setup
            assertThat(webapp.get("/camunda/app/" + app + "/default/").statusCode()).isEqualTo(200);
        }
        assertThat(new Webapp().login("tasklist", ADMIN).statusCode()).isEqualTo(403);
    }

    @Test
    void theSetupEndpointIsRefusedEvenWhenNoEngineAdministratorExists() throws Exception {
        identityService.deleteMembership(Administrators.SETUP_MARKER_USER, Groups.CAMUNDA_ADMIN);
        try {
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
            Webapp webapp = new Webapp();
            HttpResponse<String> setup = webapp.post("/camunda/api/admin/setup/default/user/create", "application/json",
                    "{\"profile\":{\"id\":\"overnemer\",\"firstName\":\"Over\",\"lastName\":\"Nemer\"},\"credentials\":{\"password\":\"overnemer\"}}");
            assertThat(setup.statusCode()).isEqualTo(403);
            assertThat(identityService.createUserQuery().userId("overnemer").count()).isZero();
        } finally {
            identityService.createMembership(Administrators.SETUP_MARKER_USER, Groups.CAMUNDA_ADMIN);
        }
    }

    @Test
    void anAdministratorOfTheOldModelIsMovedAtStartAndTheMoveIsIdempotent() {
        identityService.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
        identityService.deleteMembership(ADMIN, Administrators.GROUP);
        try {
            // in the old model the administrator passes every check
            utrechtCase();
            assertThat(Api.as(port, ADMIN).get("/engine-rest/process-instance/count").body().get("count").asInt()).isPositive();

            administrators.synchronise();
            long grants = authorizationService.createAuthorizationQuery().groupIdIn(Administrators.GROUP).count();
            administrators.synchronise();

            assertThat(identityService.createGroupQuery().groupMember(ADMIN).list()).extracting(Group::getId)
                    .containsExactly(Administrators.GROUP);
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(u -> u.getId())
                    .containsExactly(Administrators.SETUP_MARKER_USER);
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Administrators.GROUP).count()).isEqualTo(grants);
            assertThat(Api.as(port, ADMIN).get("/engine-rest/process-instance/count").body().get("count").asInt()).isZero();
        } finally {
            if (identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
                identityService.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
            }
            if (identityService.createUserQuery().userId(ADMIN).memberOfGroup(Administrators.GROUP).count() == 0) {
                identityService.createMembership(ADMIN, Administrators.GROUP);
            }
        }
    }

    @Test
    void breakGlassIsAnExplicitGrantThatTheOperationLogRecords() {
        String instance = utrechtCase().get("processInstanceId").asText();
        Api admin = Api.as(port, ADMIN);
        assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);

        Api.Answer grant = admin.post("/engine-rest/authorization/create", Map.of("type", Authorization.AUTH_TYPE_GRANT,
                "permissions", List.of("READ"), "userId", ADMIN, "resourceType", Resources.PROCESS_INSTANCE.resourceType(),
                "resourceId", instance));
        assertThat(grant.status()).isEqualTo(200);
        String grantId = grant.body().get("id").asText();
        assertThat(send("PUT", "/engine-rest/tenant/utrecht/user-members/" + ADMIN, null)).isEqualTo(204);
        try {
            assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(200);

            JsonNode trail = admin.get("/engine-rest/history/user-operation?category=Admin&userId=" + ADMIN + "&sortBy=timestamp&sortOrder=desc")
                    .body();
            List<String> entries = new ArrayList<>();
            trail.forEach(entry -> entries.add(entry.get("entityType").asText() + ":" + entry.get("operationType").asText() + ":"
                    + entry.get("property").asText() + "=" + entry.get("newValue").asText()));
            assertThat(entries).contains("Authorization:Create:resourceId=" + instance, "TenantMembership:Create:tenantId=utrecht");
        } finally {
            assertThat(send("DELETE", "/engine-rest/authorization/" + grantId, null)).isEqualTo(204);
            assertThat(send("DELETE", "/engine-rest/tenant/utrecht/user-members/" + ADMIN, null)).isEqualTo(204);
        }
        assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
    }

    private JsonNode utrechtCase() {
        Api.Answer answer = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"));
        assertThat(answer.status()).isEqualTo(201);
        Jobs.executeAll(managementService);
        return answer.body();
    }

    /** PUT or DELETE over engine REST as the administrator (the shared {@link Api} client does GET and POST). */
    private int send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(uri(path)).method(method, publisher).header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int deployAsAdministrator() {
        String boundary = "vh" + UUID.randomUUID().toString().replace("-", "");
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbeheer-test\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"notitie.txt\"; filename=\"notitie.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nniets\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.has("id") ? node.get("id").asText() : node.asText()));
        return ids;
    }

    /** A browser session on the webapps: cookies and the CSRF token the webapps ask for. */
    private final class Webapp {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String app, String user) throws Exception {
            return post("/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded",
                    "username=" + user + "&password=demo");
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            get("/camunda/app/admin/default/");
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("X-XSRF-TOKEN", xsrf)
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
