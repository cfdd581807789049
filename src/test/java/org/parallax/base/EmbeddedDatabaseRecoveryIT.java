package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Application;
import org.parallax.support.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded PostgreSQL is killed (SIGKILL) while the app runs: the app notices within seconds (health
 * DOWN, the API answering 503 at once), starts it again on the same data, and serves again with everything
 * acknowledged before. Prints the seconds.
 */
class EmbeddedDatabaseRecoveryIT {

    @TempDir
    Path dataDir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_killed_embedded_database_is_noticed_restarted_and_nothing_acknowledged_is_lost() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--parallax.data-dir=" + dataDir,
                        "--parallax.demo=true",
                        "--logging.level.root=WARN")) {
            ApiClient api = new ApiClient("http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort());
            String token = api.reviewerToken();
            HttpResponse<String> made = api.send("/api/v1/meetings", token, """
                    {"title": "Acknowledged before the crash", "startDate": "2018-07-06"}""");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            long meeting = json.readTree(made.body()).get("id").asLong();

            long pid = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                            .getFirst()
                            .strip());
            long killed = System.nanoTime();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();

            long noticed = 0;
            long served = 0;
            long slowestWhileDown = 0;
            // Health is DOWN only while the watchdog starts the server again, a fraction of a second: watched
            // closely, apart from the requests.
            AtomicBoolean healthDown = new AtomicBoolean();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread health = Thread.ofVirtual().start(() -> {
                while (watching.get() && !healthDown.get()) {
                    try {
                        healthDown.set(api.send("/actuator/health", null, null).statusCode() == 503);
                        Thread.sleep(20);
                    } catch (Exception stopped) {
                        return;
                    }
                }
            });
            while (served == 0
                    && System.nanoTime() - killed < Duration.ofSeconds(60).toNanos()) {
                long asked = System.nanoTime();
                HttpResponse<String> answer = api.send("/api/v1/meetings/" + meeting, token, null);
                long took = System.nanoTime() - asked;
                if (answer.statusCode() == 503) {
                    noticed = noticed == 0 ? System.nanoTime() : noticed;
                    slowestWhileDown = Math.max(slowestWhileDown, took);
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    // Before the watchdog's next look the request itself finds the database gone: another
                    // wording of the same answer.
                    assertThat(answer.body()).containsIgnoringCase("try again");
                } else if (answer.statusCode() == 200) {
                    served = System.nanoTime();
                    assertThat(answer.body()).contains("Acknowledged before the crash");
                }
                Thread.sleep(100);
            }
            assertThat(served).as("served again within 60 s").isPositive();
            watching.set(false);
            health.join();
            assertThat(healthDown).as("health DOWN while the database was down").isTrue();
            assertThat(api.send("/actuator/health", null, null).statusCode()).isEqualTo(200);
            System.out.printf(
                    Locale.ROOT,
                    "Embedded PostgreSQL killed: 503 after %.1f s (slowest answer while down %.2f s), serving again"
                            + " after %.1f s%n",
                    noticed == 0 ? 0 : (noticed - killed) / 1e9,
                    slowestWhileDown / 1e9,
                    (served - killed) / 1e9);
            assertThat(slowestWhileDown).isLessThan(Duration.ofSeconds(10).toNanos());
        }
    }
}
