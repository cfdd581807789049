package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.Application;
import org.parallax.review.ReviewService;
import org.parallax.support.BenchmarkApp;
import org.parallax.support.ThrowawayCluster;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented backup and restore (README, "Backup and restore"): pg_dump of a database Parallax wrote
 * (the demo meeting, its accounts, claims, pairs, reviews, a comment and the history), pg_restore into an
 * empty one, and every row of every table comes back; the app starts on the restored database. Runs on a
 * throw-away PostgreSQL 15 server; skipped where its binaries are absent.
 */
class BackupRestoreIT {

    @Test
    void a_restore_brings_back_every_row() throws Exception {
        assumeTrue(ThrowawayCluster.available(), "PostgreSQL 15 binaries not found in /usr/lib/postgresql/15/bin");
        try (ThrowawayCluster cluster = ThrowawayCluster.start()) {
            cluster.client("createdb", "parallax");
            Map<String, String> before;
            try (ConfigurableApplicationContext app = start(cluster, "parallax")) {
                DSLContext db = app.getBean(DSLContext.class);
                waitForDemo(db);
                BenchmarkApp.signIn(app, "editor");
                long pair = db.fetchOne("select min(id) from claim_pair").get(0, Long.class);
                app.getBean(ReviewService.class).comment(pair, "Checked against the transcript before the backup.");
                before = contents(db);
            }
            assertThat(before.get("pair_comment")).contains("1 rows");
            assertThat(before.keySet())
                    .contains(
                            "meeting",
                            "account",
                            "account_revision",
                            "account_passage",
                            "claim",
                            "claim_pair",
                            "review",
                            "pair_comment",
                            "audit_event");

            cluster.client("pg_dump", "-Fc", "-f", cluster.file("parallax.dump").toString(), "parallax");
            cluster.client("createdb", "restored");
            cluster.client(
                    "pg_restore",
                    "-d",
                    "restored",
                    "--no-owner",
                    cluster.file("parallax.dump").toString());

            try (ConfigurableApplicationContext app = start(cluster, "restored")) {
                assertThat(contents(app.getBean(DSLContext.class))).isEqualTo(before);
            }
        }
    }

    private static ConfigurableApplicationContext start(ThrowawayCluster cluster, String database) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + cluster.jdbcUrl(database),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--parallax.demo=true",
                        "--logging.level.root=WARN");
    }

    private static void waitForDemo(DSLContext db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.fetchCount(db.selectFrom("review")) == 0) {
            assertThat(System.nanoTime()).as("demo data loaded").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Each table's row count and a digest of its rows in a stable order. */
    private static Map<String, String> contents(DSLContext db) {
        Map<String, String> contents = new LinkedHashMap<>();
        List<String> tables = db.fetch("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .getValues(0, String.class);
        for (String table : tables) {
            String digest = db.fetchOne(
                            "select count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from public.\"" + table + "\" t")
                    .get(0, String.class);
            contents.put(table, digest);
        }
        return contents;
    }
}
