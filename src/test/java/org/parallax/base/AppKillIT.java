package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.account.ImportBenchmark;
import org.parallax.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production jar killed with SIGKILL while a script imports long accounts and saves pairs: after a
 * restart on the same data every acknowledged account and pair is there, no row is half-written (an
 * account without its text, a pair without its history row, a history row without its pair) and the
 * history matches the data. Runs the jar {@code ./mvnw verify} packaged before the *IT tests.
 */
class AppKillIT {

    private static final Path JAR = Path.of("target", "parallax-0.1.0-SNAPSHOT.jar");
    private static final Pattern PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+)");

    @TempDir
    Path dataDir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_killed_app_leaves_no_half_written_rows_and_keeps_everything_acknowledged() throws Exception {
        assumeTrue(Files.exists(JAR), "The packaged jar is missing (run ./mvnw verify)");
        int port = freePort();
        ApiClient api = new ApiClient("http://localhost:" + port);
        Process app = start(port, new AtomicReference<>());
        Set<Long> accounts = ConcurrentHashMap.newKeySet();
        Set<Long> pairs = ConcurrentHashMap.newKeySet();
        try {
            String token = api.reviewerToken();
            long meeting = id(api.send("/api/v1/meetings", token, """
                    {"title": "Killed while writing", "startDate": "2018-07-06"}"""));
            long us = id(api.send("/api/v1/meetings/" + meeting + "/accounts", token, account("US", 1)));
            long dprk = id(api.send("/api/v1/meetings/" + meeting + "/accounts", token, account("DPRK", 2)));
            List<Long> left = claims(api, token, us);
            List<Long> right = claims(api, token, dprk);

            AtomicBoolean writing = new AtomicBoolean(true);
            Thread importer = Thread.ofPlatform().start(() -> {
                for (int i = 3; writing.get(); i++) {
                    try {
                        HttpResponse<String> made =
                                api.send("/api/v1/meetings/" + meeting + "/accounts", token, account("US", i));
                        if (made.statusCode() == 201) {
                            accounts.add(id(made));
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            Thread pairer = Thread.ofPlatform().start(() -> {
                for (int i = 0; writing.get() && i < left.size(); i++) {
                    try {
                        HttpResponse<String> made =
                                api.send("/api/v1/meetings/" + meeting + "/pairs", token, """
                                {"leftClaimId": %d, "rightClaimId": %d, "relation": "contradicts",
                                 "rationale": "Saved while the app was killed."}""".formatted(
                                                left.get(i), right.get(i)));
                        if (made.statusCode() == 201) {
                            pairs.add(id(made));
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            Thread.sleep(4_000);
            app.destroyForcibly().waitFor();
            writing.set(false);
            importer.join();
            pairer.join();
        } finally {
            app.destroyForcibly().waitFor();
        }
        assertThat(accounts).as("imports acknowledged before the kill").isNotEmpty();
        assertThat(pairs).as("pairs acknowledged before the kill").isNotEmpty();

        AtomicReference<Integer> dbPort = new AtomicReference<>();
        long restarted = System.nanoTime();
        Process again = start(port, dbPort);
        try {
            api.reviewerToken();
            System.out.printf(
                    Locale.ROOT,
                    "App killed (SIGKILL) with %d imports and %d pairs acknowledged; signed in again %.1f s after"
                            + " the restart began%n",
                    accounts.size(),
                    pairs.size(),
                    (System.nanoTime() - restarted) / 1e9);
            String password =
                    Files.readString(dataDir.resolve("postgres.password")).strip();
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort.get() + "/postgres", "postgres", password)) {
                for (long account : accounts) {
                    assertThat(count(db, "select count(*) from account where id = " + account))
                            .isEqualTo(1);
                }
                for (long pair : pairs) {
                    assertThat(count(db, "select count(*) from claim_pair where id = " + pair))
                            .isEqualTo(1);
                }
                assertThat(count(
                                db,
                                "select count(*) from account a where not exists"
                                        + " (select 1 from account_revision r where r.account_id = a.id)"))
                        .as("accounts without their text")
                        .isZero();
                assertThat(count(
                                db,
                                "select count(*) from account a where not exists (select 1 from audit_event e"
                                        + " where e.entity_type = 'account' and e.entity_id = a.id)"))
                        .as("accounts without history")
                        .isZero();
                assertThat(
                                count(
                                        db,
                                        "select count(*) from claim_pair p where not exists (select 1 from audit_event e"
                                                + " where e.entity_type = 'claim_pair' and e.action = 'create' and e.entity_id = p.id)"))
                        .as("pairs without history")
                        .isZero();
                assertThat(count(
                                db,
                                "select count(*) from audit_event e where e.entity_type = 'claim_pair'"
                                        + " and e.action = 'create' and not exists (select 1 from claim_pair p"
                                        + " where p.id = e.entity_id)"))
                        .as("history of pairs that are not there")
                        .isZero();
                assertThat(count(
                                db,
                                "select count(*) from audit_event e where e.entity_type = 'account'"
                                        + " and not exists (select 1 from account a where a.id = e.entity_id)"))
                        .as("history of accounts that are not there")
                        .isZero();
            }
        } finally {
            again.destroy();
            again.waitFor();
        }
        // Stopped the ordinary way (SIGTERM), the app takes its embedded server with it: nothing is left
        // running on the data, not even a server the watchdog took for dead and started again.
        Thread.sleep(2_000);
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .as("the embedded PostgreSQL still runs after the app stopped")
                .doesNotExist();
    }

    private Process start(int port, AtomicReference<Integer> dbPort) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--parallax.data-dir=" + dataDir,
                        "--parallax.demo=true")
                .redirectErrorStream(true)
                .start();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        dbPort.set(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception ended) {
                // the process is gone
            }
        });
        return process;
    }

    private static String account(String party, int i) {
        return """
                {"party": "%s", "title": "Long statement %d", "text": "%s"}""".formatted(party, i, ImportBenchmark.generate(40_000, i).replace("\n", "\\n"));
    }

    private List<Long> claims(ApiClient api, String token, long account) throws Exception {
        HttpResponse<String> sentences = api.send("/api/v1/accounts/" + account + "/sentences", token, null);
        JsonNode all = json.readTree(sentences.body());
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 300 && i < all.size(); i++) {
            JsonNode s = all.get(i);
            batch.append(i == 0 ? "" : ",")
                    .append("{\"start\":")
                    .append(s.get("start").asInt())
                    .append(",\"end\":")
                    .append(s.get("end").asInt())
                    .append('}');
        }
        HttpResponse<String> made = api.send("/api/v1/accounts/" + account + "/claims", token, batch + "]");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        json.readTree(made.body()).forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private static int count(Connection db, String sql) throws Exception {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private long id(HttpResponse<String> made) {
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode body = json.readTree(made.body());
        return body.has("account")
                ? body.get("account").get("id").asLong()
                : body.get("id").asLong();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
