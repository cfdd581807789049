package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanedServerApp.class.getName(),
                        cluster.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
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
            assertThat(query(server, "select body from note order by body"))
                    .containsExactly("committed before the kill");
            execute(server, "insert into note values ('after the restart')");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
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

    @Test
    void every_connection_needs_the_generated_password_which_only_its_owner_can_read() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, false)) {
            Path passwordFile = dataDir.resolve("postgres.password");
            assertThat(Files.readString(passwordFile).strip())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThan(30);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(cluster.resolve("pg_hba.conf")))
                    .doesNotContainPattern("(?m)^[^#].*\\btrust\\b");
            assertRefused(server, "");
            assertRefused(server, "postgres");
            assertThat(query(server, "select current_setting('password_encryption')"))
                    .containsExactly("scram-sha-256");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(cluster, false)) {
            assertThat(query(again, "select 1"))
                    .as("the same password after a restart")
                    .containsExactly("1");
        }
    }

    @Test
    void a_cluster_an_earlier_version_made_trusting_asks_for_a_password_from_its_next_start_and_keeps_its_data()
            throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
                        .setDataDirectory(cluster)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c =
                        DriverManager.getConnection(trusting.getJdbcUrl("postgres", "postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create table note (body text)");
            s.execute("insert into note values ('from the trusting days')");
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).containsPattern("(?m)^local.*trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster, false)) {
            assertThat(query(server, "select body from note")).containsExactly("from the trusting days");
            assertRefused(server, "");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(cluster, false)) {
            assertThat(query(again, "select body from note")).containsExactly("from the trusting days");
            assertRefused(again, "");
        }
    }

    @Test
    void a_lost_password_file_is_named_at_once() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        EmbeddedPostgresServer.start(cluster, false).close();
        Files.delete(dataDir.resolve("postgres.password"));
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(cluster, false))
                .hasMessageContaining("asks for the password kept in " + dataDir.resolve("postgres.password"))
                .hasMessageContaining("Restore it from a backup");
    }

    private static void assertRefused(EmbeddedPostgresServer server, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), password)
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    static void execute(EmbeddedPostgresServer server, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    static List<String> query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
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
