package org.parallax.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server of its own for a test, from the system's PostgreSQL 15 binaries
 * ({@code /usr/lib/postgresql/15/bin}, or {@code PARALLAX_PG_BIN}): initialised in a temporary folder,
 * trusting local connections, on a free port. {@code initdb} refuses root, so as root the binaries run as
 * the {@code postgres} user. Tests skip themselves when the binaries are absent ({@link #available()}).
 */
public final class ThrowawayCluster implements AutoCloseable {

    private static final Path BIN =
            Path.of(System.getenv().getOrDefault("PARALLAX_PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path dir;
    private final int port;

    private ThrowawayCluster(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    public static ThrowawayCluster start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parallax-pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ThrowawayCluster cluster = new ThrowawayCluster(dir, port);
        if (asRoot()) {
            cluster.run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        cluster.run(
                List.of(
                        bin("initdb"),
                        "-D",
                        dir.resolve("data").toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8"),
                true);
        cluster.startServer();
        return cluster;
    }

    public void startServer() throws IOException, InterruptedException {
        run(
                List.of(
                        bin("pg_ctl"),
                        "-D",
                        dir.resolve("data").toString(),
                        "-w",
                        "-l",
                        dir.resolve("log").toString(),
                        "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=localhost",
                        "start"),
                true);
    }

    public void stopServer(String mode) throws IOException, InterruptedException {
        run(List.of(bin("pg_ctl"), "-D", dir.resolve("data").toString(), "-w", "-m", mode, "stop"), true);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Runs one of the cluster's client programs ({@code createdb}, {@code pg_dump}, ...) against it. */
    public void client(String program, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(bin(program), "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres"));
        command.addAll(List.of(args));
        run(command, true);
    }

    /** A file the cluster's programs may write and read (owned by them when running as root). */
    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer("immediate");
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String bin(String program) {
        return BIN.resolve(program).toString();
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("commands.log").toFile().exists()
                                ? ProcessBuilder.Redirect.appendTo(
                                        dir.resolve("commands.log").toFile())
                                : ProcessBuilder.Redirect.to(
                                        dir.resolve("commands.log").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", full) + " failed: " + Files.readString(dir.resolve("commands.log")));
        }
    }
}
