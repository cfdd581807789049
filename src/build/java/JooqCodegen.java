import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time jOOQ code generation: migrates a throw-away embedded PostgreSQL with Flyway and reads the
 * real schema back. The open-source DDLDatabase cannot parse generated columns, and there is no Docker
 * for Testcontainers, so this is the reliable route. Skipped when the migrations have not changed.
 *
 * <p>Run by exec-maven-plugin in generate-sources: {@code java JooqCodegen.java <migrations> <target> <package>}.
 */
public class JooqCodegen {

    /**
     * Columns holding one of a fixed set of names (the database's CHECK lists them) are read as the
     * application's enum, so repositories and services never handle the strings.
     */
    static final List<ForcedType> ENUMS = List.of(
            enumType(
                    "org.parallax.pairing.Relation",
                    "claim_pair\\.relation|blind_pair\\.relation|agreement_settlement\\.relation"),
            enumType("org.parallax.base.PairStatus", "claim_pair\\.status"),
            enumType("org.parallax.claim.ClaimKind", "claim\\.kind"),
            enumType("org.parallax.claim.AnchorStatus", "claim\\.anchor_status"),
            enumType("org.parallax.account.AccountKind", "account\\.kind"),
            enumType("org.parallax.review.Decision", "review\\.decision"),
            enumType("org.parallax.agreement.Settlement", "agreement_settlement\\.choice"),
            enumType("org.parallax.security.SignInFailure.Via", "sign_in_failure\\.via"));

    private static ForcedType enumType(String type, String columns) {
        return new ForcedType().withUserType(type).withEnumConverter(true).withIncludeExpression(columns);
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String packageName = args[2];
        Path stamp = target.resolve(".migrations.sha256");

        String hash = hashOf(
                migrations,
                JooqCodegen.class.getName()
                        + packageName
                        + ENUMS.stream()
                                .map(f -> f.getUserType() + f.getIncludeExpression())
                                .toList());
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated code is up to date");
            return;
        }
        long started = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure()
                    .dataSource(url, "postgres", "")
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withLogging(Logging.WARN)
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history")
                                    .withForcedTypes(ENUMS))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(target.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, hash);
        System.out.printf(
                "[jooq-codegen] generated %s in %d ms%n", packageName, (System.nanoTime() - started) / 1_000_000);
    }

    private static String hashOf(Path dir, String salt) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(salt.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path f : files) {
            digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
