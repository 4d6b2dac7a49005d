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
import nl.veiligheidshuis.screening.CaseScreeningProcess;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads of case content through the engine's doors (Tasklist, Cockpit, engine REST) are logged; refused reads and lists are not. */
@IntegrationTest
class EngineReadLoggingTest {

    static final String TASKLIST_PAGE = "/camunda/app/tasklist/default/";
    static final String COCKPIT_PAGE = "/camunda/app/cockpit/default/";
    static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    record Screening(String caseNumber, String processInstanceId, String taskId) {
    }

    /** A referral of the region: its screening task waits for the region's process direction. */
    private Screening screening(String region) {
        Api.Answer referral = Api.as(port, "politie." + region).post("/api/referrals", Referrals.complexYouthCase(region, "politie", "ZSM"));
        assertThat(referral.status()).as(referral.raw()).isEqualTo(201);
        Jobs.executeAll(managementService);
        String caseNumber = referral.body().get("caseNumber").asText();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(CaseScreeningProcess.USER_TASK_SCREEN_CASE).singleResult();
        assertThat(task).as("screening task of " + caseNumber).isNotNull();
        return new Screening(caseNumber, referral.body().get("processInstanceId").asText(), task.getId());
    }

    @Test
    void openingATaskInTasklistLogsOneReadOfTheCase() throws Exception {
        Screening screening = screening("utrecht");
        Browser tasklist = Browser.loggedIn(port, "procesregie.utrecht", TASKLIST_PAGE);
        long before = reads(screening.caseNumber());

        // what Tasklist loads when a task is opened: the task, its form, the form's variables
        assertThat(tasklist.get(ENGINE_API + "/task/" + screening.taskId()).statusCode()).isEqualTo(200);
        assertThat(tasklist.get(ENGINE_API + "/task/" + screening.taskId() + "/form").statusCode()).isEqualTo(200);
        assertThat(reads(screening.caseNumber())).as("task and form are no content").isEqualTo(before);
        HttpResponse<String> variables = tasklist.get(ENGINE_API + "/task/" + screening.taskId() + "/form-variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        assertThat(variables.body()).contains("caseNumber");

        assertThat(reads(screening.caseNumber())).isEqualTo(before + 1);
        Entry entry = lastRead(screening.caseNumber());
        assertThat(entry.user()).isEqualTo("procesregie.utrecht");
        assertThat(entry.organisation()).contains("procesregie");
        assertThat(entry.channel()).isEqualTo("TASKLIST");
        assertThat(entry.purpose()).isEqualTo("taak geopend in Tasklist");
        assertThat(entry.subjectId()).isNull();
    }

    @Test
    void cockpitReadingTheHistoryOfACaseIsLoggedAsCockpit() throws Exception {
        Screening screening = screening("utrecht");
        Browser cockpit = Browser.loggedIn(port, "procesregie.utrecht", COCKPIT_PAGE);
        long before = reads(screening.caseNumber());

        HttpResponse<String> history = cockpit.post(ENGINE_API + "/history/variable-instance?firstResult=0&maxResults=50",
                "{\"processInstanceId\":\"" + screening.processInstanceId() + "\"}");

        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains(screening.processInstanceId());
        assertThat(reads(screening.caseNumber())).isEqualTo(before + 1);
        Entry entry = lastRead(screening.caseNumber());
        assertThat(entry.channel()).isEqualTo("COCKPIT");
        assertThat(entry.purpose()).isEqualTo("historie van de variabelen bekeken in Cockpit");
        // the count is no content
        assertThat(cockpit.post(ENGINE_API + "/history/variable-instance/count", "{\"processInstanceId\":\"" + screening.processInstanceId() + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(reads(screening.caseNumber())).isEqualTo(before + 1);
    }

    @Test
    void engineRestReadsOfVariablesAndHistoryAreLoggedWithTheCase() {
        Screening screening = screening("utrecht");
        Api procesregie = Api.as(port, "procesregie.utrecht");
        long before = reads(screening.caseNumber());

        Api.Answer formVariables = procesregie.get("/engine-rest/task/" + screening.taskId() + "/form-variables");
        assertThat(formVariables.status()).as(formVariables.raw()).isEqualTo(200);
        assertThat(reads(screening.caseNumber())).isEqualTo(before + 1);
        Entry entry = lastRead(screening.caseNumber());
        assertThat(entry.user()).isEqualTo("procesregie.utrecht");
        assertThat(entry.channel()).isEqualTo("ENGINE_REST");
        assertThat(entry.purpose()).isEqualTo("variabelen van de taak gelezen via engine REST");

        assertThat(procesregie.get("/engine-rest/process-instance/" + screening.processInstanceId() + "/variables").status()).isEqualTo(200);
        assertThat(procesregie.get("/engine-rest/engine/default/history/variable-instance?processInstanceId=" + screening.processInstanceId())
                .body()).isNotEmpty();
        assertThat(reads(screening.caseNumber())).isEqualTo(before + 3);
        assertThat(lastRead(screening.caseNumber()).purpose()).isEqualTo("historie van de variabelen gelezen via engine REST");
    }

    @Test
    void aTaskListOrCountIsNotLoggedPerTask() throws Exception {
        Screening screening = screening("utrecht");
        screening("utrecht");
        long before = reads(screening.caseNumber());
        long all = jdbc.queryForObject("select count(*) from vh_access_log", Long.class);

        JsonNode tasks = Api.as(port, "procesregie.utrecht").get("/engine-rest/task?candidateGroup=procesregie&maxResults=50").body();
        assertThat(tasks.size()).isGreaterThanOrEqualTo(2);
        Browser tasklist = Browser.loggedIn(port, "procesregie.utrecht", TASKLIST_PAGE);
        assertThat(tasklist.post(ENGINE_API + "/task?firstResult=0&maxResults=50", "{\"candidateGroup\":\"procesregie\"}").statusCode())
                .isEqualTo(200);
        assertThat(tasklist.get(ENGINE_API + "/task/count?candidateGroup=procesregie").statusCode()).isEqualTo(200);

        assertThat(reads(screening.caseNumber())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from vh_access_log", Long.class)).isEqualTo(all);
    }

    @Test
    void aRefusedReadWritesNoReadOfTheCase() throws Exception {
        Screening screening = screening("utrecht");
        long before = readsOfAnyone(screening.caseNumber());

        Api otherRegion = Api.as(port, "procesregie.rotterdam-rijnmond");
        assertThat(otherRegion.get("/engine-rest/task/" + screening.taskId() + "/form-variables").status()).isIn(403, 404, 500);
        assertThat(otherRegion.get("/engine-rest/process-instance/" + screening.processInstanceId() + "/variables").status()).isIn(403, 404, 500);
        assertThat(otherRegion.get("/engine-rest/history/variable-instance?processInstanceId=" + screening.processInstanceId()).body()).isEmpty();
        Api uninvolved = Api.as(port, "ggz.utrecht");
        assertThat(uninvolved.get("/engine-rest/task/" + screening.taskId() + "/form-variables").status()).isIn(403, 404, 500);
        Browser foreignTasklist = Browser.loggedIn(port, "politie.rotterdam-rijnmond", TASKLIST_PAGE);
        assertThat(foreignTasklist.get(ENGINE_API + "/task/" + screening.taskId() + "/form-variables").statusCode()).isIn(403, 404, 500);
        assertThat(Api.anonymous(port).get("/engine-rest/task/" + screening.taskId() + "/form-variables").status()).isEqualTo(401);

        assertThat(readsOfAnyone(screening.caseNumber())).isEqualTo(before);
    }

    @Test
    void aReadThatCannotBeLoggedIsNotServed() {
        Screening screening = screening("zuid-limburg");
        // from now on the access log refuses every new entry (existing ones satisfy the check)
        long last = jdbc.queryForObject("select coalesce(max(id), 0) from vh_access_log", Long.class);
        jdbc.execute("alter table vh_access_log add constraint ck_test_log_unavailable check (id <= " + last + ")");
        try {
            Api.Answer refused = Api.as(port, "procesregie.zuid-limburg").get("/engine-rest/process-instance/" + screening.processInstanceId() + "/variables");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.raw()).contains("Inzage niet vastgelegd").doesNotContain("caseNumber").doesNotContain(screening.caseNumber());
        } finally {
            jdbc.execute("alter table vh_access_log drop constraint ck_test_log_unavailable");
        }
        assertThat(Api.as(port, "procesregie.zuid-limburg").get("/engine-rest/process-instance/" + screening.processInstanceId() + "/variables")
                .status()).as("served once it can be logged").isEqualTo(200);
    }

    private long reads(String caseNumber) {
        return jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and action = 'READ' and channel <> 'API'", Long.class,
                caseNumber);
    }

    private long readsOfAnyone(String caseNumber) {
        return jdbc.queryForObject("select count(*) from vh_access_log where case_number = ? and action = 'READ'", Long.class, caseNumber);
    }

    record Entry(String user, String organisation, String channel, String purpose, Long subjectId) {
    }

    private Entry lastRead(String caseNumber) {
        return jdbc.query("select user_id, organisation, channel, purpose, subject_id from vh_access_log where case_number = ? and action = 'READ' "
                + "order by id desc", (rs, n) -> new Entry(rs.getString("user_id"), rs.getString("organisation"), rs.getString("channel"),
                        rs.getString("purpose"), (Long) rs.getObject("subject_id", Long.class)), caseNumber).get(0);
    }

    /** A browser session of the webapps: logged in through the webapps' login, sending the page as Referer. */
    record Browser(int port, HttpClient client, String xsrf, String page) {

        static Browser loggedIn(int port, String user, String page) throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET().build(), HttpResponse.BodyHandlers.discarding());
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow();
            String app = page.contains("cockpit") ? "cockpit" : "tasklist";
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/camunda/api/admin/auth/user/default/login/" + app)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // the login starts a new session with a new token: a read hands it out
            HttpResponse<Void> fresh = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENGINE_API + "/user/" + user
                    + "/profile")).GET().build(), HttpResponse.BodyHandlers.discarding());
            String token = fresh.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            return new Browser(port, client, token, page);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return client.send(request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                    .header("Referer", "http://localhost:" + port + page);
        }
    }
}
