package org.parallax.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose data lives in a directory of ours and survives restarts.
 *
 * <p>zonky's defaults suit throw-away test databases: it starts the server with {@code -F} (no fsync)
 * and {@code synchronous_commit=off}. Where data is kept both are turned back on. A server orphaned by a
 * JVM killed with {@code kill -9} keeps running and holds {@code postmaster.pid}; it is shut down (or its
 * stale lock file removed) before the next start, so nothing committed is lost and the start succeeds.
 *
 * <p>zonky's {@code initdb} trusts every local connection: any local user could connect as the superuser.
 * Here the cluster asks for a password ({@code scram-sha-256}); it is generated on first start and kept
 * beside the cluster in {@code <cluster>.password}, readable only by the account that runs Parallax. A
 * cluster initialised by an earlier version (trust) gets its password and password rule on its next start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private volatile EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;
    private final boolean durable;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password, boolean durable) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.durable = durable;
    }

    /** Where the password of the cluster in {@code clusterDirectory} is kept: beside it, not inside it. */
    public static Path passwordFileOf(Path clusterDirectory) {
        Path dir = clusterDirectory.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".password");
    }

    /** Starts (initialising it on first use) the server whose cluster lives in {@code dataDirectory}. */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            stopOrphanedServer(dir);
            Path passwordFile = passwordFileOf(dir);
            String password = ClusterPassword.readOrCreate(dir, passwordFile);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder(dir, password, durable).start();
            ClusterPassword.requireOnEveryConnection(postgres, dir, password);
            log.info(
                    "Embedded PostgreSQL on port {} with data in {} (started in {} ms, durable: {})",
                    postgres.getPort(),
                    dir,
                    (System.nanoTime() - started) / 1_000_000,
                    durable);
            return new EmbeddedPostgresServer(postgres, dir, password, durable);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dir, String password, boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("password_encryption", "scram-sha-256")
                // initdb options: the later --auth overrides zonky's "-A trust"
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFileOf(dir).toString())
                .setConnectConfig("password", password);
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    /** Whether the server process still runs (it may die under the app: killed, out of memory). */
    public boolean isRunning() {
        return readPid(dataDirectory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres)
                .isPresent();
    }

    /**
     * Starts the server again on the same data and the same port after it died, so the app's pool
     * reconnects to the address it knows. PostgreSQL's crash recovery replays what was committed.
     */
    public synchronized void restart() {
        if (isRunning()) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException alreadyGone) {
            log.debug("Closing the dead embedded PostgreSQL", alreadyGone);
        }
        try {
            stopOrphanedServer(dataDirectory);
            long started = System.nanoTime();
            postgres = builder(dataDirectory, password, durable).setPort(port()).start();
            log.warn(
                    "Embedded PostgreSQL restarted on port {} after it stopped ({} ms)",
                    port(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * Deals with a {@code postmaster.pid} left behind by an earlier run: asks a live orphaned server to
     * shut down (SIGTERM: it finishes cleanly, keeping every committed transaction) and removes a lock
     * file whose process is gone or is not a PostgreSQL server.
     */
    static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            log.warn("Removing stale {} (its server is gone)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn(
                "An embedded PostgreSQL (pid {}) from an earlier run still holds {}; shutting it down",
                server.pid(),
                dir);
        server.destroy();
        try {
            server.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notYet) {
            log.warn(
                    "PostgreSQL pid {} ignored the shutdown request; stopping it (crash recovery follows)",
                    server.pid());
            server.destroyForcibly();
            server.onExit().join();
        }
        waitUntilGone(pidFile);
    }

    private static void waitUntilGone(Path pidFile) throws IOException {
        for (int i = 0; i < 50 && Files.exists(pidFile); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }
}
