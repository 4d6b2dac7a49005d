package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.veiligheidshuis.support.Api;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case page reads the API with the professional's Tasklist session; writes always need Basic. */
@IntegrationTest
class ApiSessionAuthenticationTest {

    @LocalServerPort
    int port;

    @Test
    void aTasklistSessionMayReadTheCaseButNotWriteThroughTheApi() throws Exception {
        String caseNumber = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"))
                .body().get("caseNumber").asText();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        login(browser, cookies, "politie.utrecht");

        HttpResponse<String> read = browser.send(get("/api/cases/" + caseNumber), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(caseNumber);

        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(uri("/api/referrals")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(401);

        HttpResponse<String> casePage = browser.send(get("/casus/?case=" + caseNumber), HttpResponse.BodyHandlers.ofString());
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains("Casusdossier");
    }

    @Test
    void aSessionOfAnotherRegionDoesNotSeeTheCase() throws Exception {
        String caseNumber = Api.as(port, "politie.utrecht").post("/api/referrals", Referrals.complexYouthCase("utrecht", "politie", "ZSM"))
                .body().get("caseNumber").asText();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        login(browser, cookies, "politie.rotterdam-rijnmond");

        assertThat(browser.send(get("/api/cases/" + caseNumber), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private void login(HttpClient browser, CookieManager cookies, String user) throws Exception {
        browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
