package org.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Application;
import org.parallax.base.EmbeddedPostgresServer;
import org.parallax.support.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With its database gone, the API answers 503 with Retry-After and a problem detail: no page, no hang. */
class DatabaseOutageIT {

    @TempDir
    Path dataDir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_database_outage_is_a_503_problem_with_retry_after_for_signed_in_and_signing_in_clients() throws Exception {
        EmbeddedPostgresServer database = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), false);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--parallax.data-dir=" + dataDir,
                        "--parallax.demo=true",
                        "--logging.level.root=WARN")) {
            ApiClient api = new ApiClient("http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort());
            String token = api.reviewerToken();
            assertThat(api.send("/api/v1/meetings", token, null).statusCode()).isEqualTo(200);

            database.close();

            for (HttpResponse<String> answer : new HttpResponse[] {
                api.send("/api/v1/meetings", token, null),
                api.send("/api/v1/meetings/1/pairs", token, null),
                api.send("/api/v1/auth/token", null, "{\"username\": \"reviewer\", \"password\": \"parallax-demo\"}")
            }) {
                assertThat(answer.statusCode())
                        .as(answer.uri() + ": " + answer.body())
                        .isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                JsonNode problem = json.readTree(answer.body());
                assertThat(problem.get("status").asInt()).isEqualTo(503);
                assertThat(problem.get("detail").asString()).containsIgnoringCase("try again");
            }
        } finally {
            database.close();
        }
    }
}
