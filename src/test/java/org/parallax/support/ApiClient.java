package org.parallax.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API as a script sees it, for tests that start their own app (faults, restarts): a token once
 * the demo users exist, and plain requests with it.
 */
public final class ApiClient {

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiClient(String base) {
        this.base = base;
    }

    /** A token for the demo reviewer, waiting (up to two minutes) until the app listens and the users exist. */
    public String reviewerToken() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                HttpResponse<String> answer = send(
                        "/api/v1/auth/token", null, "{\"username\": \"reviewer\", \"password\": \"parallax-demo\"}");
                if (answer.statusCode() == 201) {
                    return json.readTree(answer.body()).get("token").asString();
                }
            } catch (IOException notListening) {
                // the app is still starting
            }
            assertThat(System.nanoTime()).as("app ready with its demo users").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** A token for anyone who exists already; a refusal throws with the answer. */
    public String token(String username, String password) throws Exception {
        HttpResponse<String> answer = send(
                "/api/v1/auth/token",
                null,
                json.writeValueAsString(Map.of("username", username, "password", password)));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(
                    "No token for " + username + ": " + answer.statusCode() + " " + answer.body());
        }
        return json.readTree(answer.body()).get("token").asString();
    }

    /** A GET (no body) or a POST of JSON, with the token when one is given. */
    public HttpResponse<String> send(String path, String token, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
