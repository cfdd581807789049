package org.parallax.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded cluster's superuser password: generated once, kept owner-only, required of every connection. */
final class ClusterPassword {

    private static final Logger log = LoggerFactory.getLogger(ClusterPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Pattern TRUST = Pattern.compile("^\\s*(local|host\\S*)\\s.*\\strust(\\s.*)?$");

    private ClusterPassword() {}

    /**
     * The password in {@code file}, made on first use. A cluster that already asks for a password and lost
     * its file cannot be opened: that is said at once rather than after the start-up wait.
     */
    static String readOrCreate(Path cluster, Path file) throws IOException {
        if (Files.exists(file)) {
            restrictToOwner(file);
            String password = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database password file " + file + " is empty.");
            }
            return password;
        }
        if (Files.exists(cluster.resolve("pg_hba.conf")) && !trustsLocalConnections(cluster)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + cluster + " asks for the password kept in "
                    + file + ", and that file is missing. Restore it from a backup of the data folder.");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        write(file, password + "\n");
        log.info("Generated the embedded PostgreSQL's password in {} (readable by its owner only)", file);
        return password;
    }

    /** Gives a cluster made by an earlier version (every local connection trusted) the password and its rule. */
    static void requireOnEveryConnection(EmbeddedPostgres postgres, Path cluster, String password) throws IOException {
        if (!trustsLocalConnections(cluster)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
            Path hba = cluster.resolve("pg_hba.conf");
            List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                    .map(line -> TRUST.matcher(line).matches() ? line.replaceAll("\\btrust\\b", "scram-sha-256") : line)
                    .toList();
            Files.write(hba, lines, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
            log.warn(
                    "The embedded PostgreSQL in {} trusted every local connection; it now asks for a password",
                    cluster);
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
    }

    static boolean trustsLocalConnections(Path cluster) throws IOException {
        return Files.readAllLines(cluster.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .anyMatch(line -> TRUST.matcher(line).matches());
    }

    private static void write(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Another process is creating " + file + " at the same time", raced);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("{} was readable by others; it is now readable by its owner only", file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own access rules apply.
        }
    }
}
