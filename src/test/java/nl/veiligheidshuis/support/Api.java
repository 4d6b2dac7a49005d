package nl.veiligheidshuis.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the running application, as a given demo user (or anonymous). */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;
    private final String user;
    private final String password;

    private Api(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static Api as(int port, String user) {
        return new Api(port, user, "demo");
    }

    public static Api as(int port, String user, String password) {
        return new Api(port, user, password);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    /** An answer: status and body parsed as JSON (null when empty or not JSON). */
    public record Answer(int status, JsonNode body, String raw) {
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            try {
                body = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = null;
            }
            return new Answer(response.statusCode(), body, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
