package org.parallax.account;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.claim.ReanchorProbe;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.BenchmarkApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long a text correction of a 50,000-word account with 2,000 claims takes: the new revision,
 * every claim moved or flagged (each audited), candidates found for the flagged ones and the seals
 * checked, in the service's one transaction. The correction adds a paragraph at the top (every offset
 * shifts) and changes a word in one sentence of twenty (those claims need a person, with candidates).
 * Runs the real service on an embedded PostgreSQL with fsync on, as the app does.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@reanchor-benchmark}
 */
public final class ReanchorBenchmark {

    static final int WORDS = 50_000;
    static final int CLAIMS = 2_000;
    /** One claimed sentence in this many gets a word changed. */
    static final int CHANGED_EVERY = 20;

    static final int WARM_UP = 2;
    static final int RUNS = 5;

    public static void main(String[] args) {
        String text = ImportBenchmark.generate(WORDS, 7);
        try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
            BenchmarkApp.signIn(app, "reviewer");
            AccountService accounts = app.getBean(AccountService.class);
            ClaimService claims = app.getBean(ClaimService.class);
            MeetingService meetings = app.getBean(MeetingService.class);

            String clean = TextCleaner.clean(text).text();
            List<Sentence> sentences = SentenceSplitter.split(clean);
            if (sentences.size() < CLAIMS) {
                throw new IllegalStateException("Only " + sentences.size() + " sentences for " + CLAIMS + " claims");
            }
            String corrected = correction(clean, sentences);
            System.out.printf(
                    Locale.ROOT,
                    "Re-anchoring benchmark: %,d words, %,d characters, %,d sentences, %,d claims, JDK %s, %d cores%n",
                    WORDS,
                    clean.length(),
                    sentences.size(),
                    CLAIMS,
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            double[] total = new double[RUNS];
            int moved = 0;
            int flagged = 0;
            int withCandidate = 0;
            for (int run = -WARM_UP; run < RUNS; run++) {
                long meeting = meetings.create(new NewMeeting(
                                "Re-anchoring " + System.nanoTime(), LocalDate.of(2018, 7, 6), null, null, null))
                        .id();
                AccountSummary account = accounts.add(new NewAccount(
                                meeting,
                                new AccountMetadata(
                                        "US", "Benchmark account", null, null, null, null, "en", AccountKind.REPORT),
                                clean))
                        .account();
                for (int i = 0; i < CLAIMS; i++) {
                    Sentence s = sentences.get(i);
                    claims.mark(
                            new NewClaim(account.id(), s.start(), s.end(), null, null, "benchmark", ClaimKind.FACT));
                }
                int version = accounts.get(account.id()).version();
                System.gc();
                long started = System.nanoTime();
                CorrectionResult result = accounts.correctText(account.id(), version, corrected, "Benchmark");
                double took = (System.nanoTime() - started) / 1_000_000.0;
                if (run >= 0) {
                    total[run] = took;
                    moved = result.reanchored().size();
                    flagged = result.needAttention().size();
                    withCandidate = (int) result.needAttention().stream()
                            .filter(f -> !f.candidates().isEmpty())
                            .count();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "  claims moved exactly: %,d; flagged for a person: %,d, of which with a candidate: %,d%n",
                    moved,
                    flagged,
                    withCandidate);
            System.out.printf(
                    Locale.ROOT,
                    "  correction with re-anchoring (service, one transaction): median %.0f ms, min %.0f ms, "
                            + "max %.0f ms (%d runs)%n",
                    median(total),
                    Arrays.stream(total).min().orElse(0),
                    Arrays.stream(total).max().orElse(0),
                    RUNS);
            double[] exact = new double[RUNS];
            double[] candidates = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                ReanchorProbe.Split split = ReanchorProbe.matchAll(clean, sentences.subList(0, CLAIMS), corrected);
                exact[run] = split.exactMillis();
                candidates[run] = split.candidatesMillis();
            }
            System.out.printf(
                    Locale.ROOT, "    of which finding claims exactly (no database): median %.0f ms%n", median(exact));
            System.out.printf(
                    Locale.ROOT,
                    "    of which candidates for the flagged (no database): median %.0f ms%n",
                    median(candidates));
            System.out.printf(Locale.ROOT, "  target: under 1000 ms -> %s%n", median(total) < 1000 ? "met" : "NOT met");
        }
    }

    /** A paragraph added at the top, and one word changed in every twentieth claimed sentence. */
    static String correction(String text, List<Sentence> sentences) {
        StringBuilder out = new StringBuilder("Editor's note: this readout was corrected against the transcript.\n\n");
        int at = 0;
        for (int i = 0; i < CLAIMS; i += CHANGED_EVERY) {
            Sentence s = sentences.get(i);
            String sentence = text.substring(s.start(), s.end());
            int space = sentence.indexOf(' ', sentence.length() / 2);
            int next = space < 0 ? -1 : sentence.indexOf(' ', space + 1);
            out.append(text, at, s.start());
            out.append(
                    next < 0
                            ? sentence + " indeed"
                            : sentence.substring(0, space) + " reportedly" + sentence.substring(next));
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private ReanchorBenchmark() {}
}
