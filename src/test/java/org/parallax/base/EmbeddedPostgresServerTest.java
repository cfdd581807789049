package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data: across restarts, and after the app was killed with kill -9. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, true)) {
            execute(server, "create table note (body text)", "insert into note values ('kept')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, true)) {
            assertThat(query(server, "select body from note")).containsExactly("kept");
        }
    }

    @Test
    void kept_data_is_written_with_fsync_and_synchronous_commit() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), true)) {
            assertThat(query(server, "show fsync")).containsExactly("on");
            assertThat(query(server, "show synchronous_commit")).containsExactly("on");
            assertThat(query(server, "show full_page_writes")).containsExactly("on");
        }
    }

    @Test
    void each_start_takes_a_free_port() throws Exception {
        try (EmbeddedPostgresServer a = EmbeddedPostgresServer.start(dataDir.resolve("a"), false);
             EmbeddedPostgresServer b = EmbeddedPostgresServer.start(dataDir.resolve("b"), false)) {
            assertThat(a.port()).isNotEqualTo(b.port());
        }
    }

    @Test
    void a_start_after_kill_minus_9_recovers_the_orphaned_server_and_loses_no_committed_row() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        Process app = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OrphanedServerApp.class.getName(), cluster.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.equals(OrphanedServerApp.READY)) {
                    ready = true;
                    break;
                }
            }
            assertThat(ready).as("child app output: %s", seen).isTrue();
        }
        // kill -9: the JVM dies at once, its PostgreSQL server lives on and keeps postmaster.pid.
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path pidFile = cluster.resolve("postmaster.pid");
        assertThat(pidFile).exists();
        long orphanPid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, true)) {
            assertThat(query(server, "select body from note order by body")).containsExactly("committed before the kill");
            execute(server, "insert into note values ('after the restart')");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void a_stale_lock_file_whose_server_is_gone_is_removed() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, false)) {
            execute(server, "create table note (body text)", "insert into note values ('kept')");
        }
        // A pid that cannot be a live PostgreSQL (pid_max is far below this).
        Files.writeString(cluster.resolve("postmaster.pid"), "999999999\n" + cluster + "\n");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, false)) {
            assertThat(query(server, "select body from note")).containsExactly("kept");
        }
    }

    static void execute(EmbeddedPostgresServer server, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    static List<String> query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
