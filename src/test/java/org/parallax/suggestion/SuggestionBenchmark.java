package org.parallax.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchService;
import org.parallax.support.BenchmarkApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Suggestions and search, measured: {@code ./mvnw -q test-compile exec:exec@suggestion-benchmark}.
 *
 * <ul>
 *   <li>quality: precision@5, precision@10 and recall@10 of the suggestions on the labelled set, the tuning
 *       meetings and the held-out ones apart (no database);
 *   <li>suggest: suggestions for two generated 2,000-sentence accounts through {@code SuggestionService}
 *       (reading the texts from PostgreSQL), median of 5 after a warm-up;
 *   <li>search: {@code SearchService} over 1,000,000 generated claims (loaded with SQL), 200 searches of one
 *       or two words or a phrase, p50/p95/p99, and the index sizes.
 * </ul>
 *
 * {@code BENCHMARK_PARTS=quality,suggest,search} picks parts (all by default); {@code BENCHMARK_CLAIMS}
 * changes the number of claims.
 */
public final class SuggestionBenchmark {

    private SuggestionBenchmark() {}

    static final int SENTENCES = 2_000;
    static final int RUNS = 5;
    static final int SEARCHES = 200;

    public static void main(String[] args) throws Exception {
        Set<String> parts = Set.of(System.getenv()
                .getOrDefault("BENCHMARK_PARTS", "quality,suggest,search")
                .split(","));
        System.out.printf(
                Locale.ROOT,
                "Suggestion and search benchmark: JDK %s, %d cores%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        if (parts.contains("quality")) {
            quality();
        }
        if (parts.contains("suggest") || parts.contains("search")) {
            try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
                BenchmarkApp.signIn(app, "reviewer");
                if (parts.contains("suggest")) {
                    suggest(app);
                }
                if (parts.contains("search")) {
                    search(app, Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_CLAIMS", "1000000")));
                }
            }
        }
    }

    static void quality() {
        LabelledSet set = LabelledSet.load();
        List<LabelledSet.Meeting> tuning =
                set.meetings().stream().filter(m -> !m.heldOut()).toList();
        List<LabelledSet.Meeting> heldOut =
                set.meetings().stream().filter(LabelledSet.Meeting::heldOut).toList();
        System.out.println("Quality on the labelled set (top 10 suggestions per meeting):");
        System.out.println("  " + SuggestionQuality.measure(tuning).line("tuning"));
        System.out.println("  " + SuggestionQuality.measure(heldOut).line("held-out"));
        if (System.getenv("BENCHMARK_EXPLAIN") != null) {
            SuggestionQuality.explain(tuning);
        }
    }

    static void suggest(ConfigurableApplicationContext app) {
        long meeting = app.getBean(MeetingService.class)
                .create(new NewMeeting("Suggestion benchmark", LocalDate.of(2018, 7, 6), null, null, null))
                .id();
        AccountService accounts = app.getBean(AccountService.class);
        long left = accounts.add(new NewAccount(meeting, metadata("US"), GeneratedText.sentences(SENTENCES, 1)))
                .account()
                .id();
        long right = accounts.add(new NewAccount(meeting, metadata("DPRK"), GeneratedText.sentences(SENTENCES, 2)))
                .account()
                .id();
        SuggestionService suggestions = app.getBean(SuggestionService.class);
        suggestions.suggest(meeting, left, right, 20);
        double[] millis = new double[RUNS];
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            found = suggestions.suggest(meeting, left, right, 20).size();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "Suggestions for two %,d-sentence accounts: median %.0f ms (min %.0f, max %.0f), %d suggestions%n",
                SENTENCES,
                millis[RUNS / 2],
                millis[0],
                millis[RUNS - 1],
                found);
    }

    static void search(ConfigurableApplicationContext app, int claims) {
        DSLContext db = app.getBean(DSLContext.class);
        long t = System.nanoTime();
        long meeting = app.getBean(MeetingService.class)
                .create(new NewMeeting("Search benchmark", LocalDate.of(2019, 2, 27), null, null, null))
                .id();
        long account = app.getBean(AccountService.class)
                .add(new NewAccount(meeting, metadata("US"), GeneratedText.sentences(200, 3)))
                .account()
                .id();
        GeneratedText.loadClaims(db, account, claims);
        db.execute("ANALYZE claim");
        System.out.printf(
                Locale.ROOT,
                "Search over %,d generated claims (loaded in %.0f s):%n",
                claims,
                (System.nanoTime() - t) / 1e9);
        SearchService search = app.getBean(SearchService.class);
        Random random = new Random(19);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            queries.add(
                    switch (i % 4) {
                        case 0, 1 -> GeneratedText.word(random);
                        case 2 -> GeneratedText.word(random) + " " + GeneratedText.word(random);
                        default -> "\"" + GeneratedText.phrase(random) + "\"";
                    });
        }
        queries.subList(0, 20).forEach(q -> search.search(SearchQuery.of(q)));
        double[] millis = new double[queries.size()];
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            found += search.search(SearchQuery.of(queries.get(i))).hitCount();
            millis[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "  %d searches (one word, two words, a phrase): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %.1f hits a page%n",
                queries.size(),
                millis[queries.size() / 2],
                millis[(int) (queries.size() * 0.95)],
                millis[(int) (queries.size() * 0.99)],
                millis[queries.size() - 1],
                found / (double) queries.size());
        System.out.println("  "
                + db.fetchOne("select 'claim table ' || pg_size_pretty(pg_table_size('claim'))"
                                + " || ', search index ' || pg_size_pretty(pg_relation_size('claim_search_idx'))"
                                + " || ', all claim indexes ' || pg_size_pretty(pg_indexes_size('claim'))")
                        .get(0));
    }

    private static AccountMetadata metadata(String party) {
        return new AccountMetadata(
                party, party + " account", null, null, null, null, "en", AccountKind.OFFICIAL_STATEMENT);
    }
}
