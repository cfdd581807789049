package org.parallax.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.ImportBenchmark;
import org.parallax.account.NewAccount;
import org.parallax.account.Sentence;
import org.parallax.account.SentenceSplitter;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.demo.DemoMeeting;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.NewEvidence;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.BenchmarkApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times each report format for a meeting with 1,000 approved pairs (two 30,000-word accounts, 1,000
 * claims each, one piece of evidence per pair): {@code ./mvnw -q test-compile exec:exec@report-benchmark}.
 * Each format is made 5 times after 2 warm-up runs, into a stream that counts and drops the bytes.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    static final int PAIRS = 1_000;
    static final int WARM_UP = 2;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        boolean warmUp = !"false".equals(System.getenv("BENCHMARK_PDF_WARM_UP"));
        try (ConfigurableApplicationContext app = BenchmarkApp.start("--parallax.pdf-warm-up=" + warmUp)) {
            signIn(app, "reviewer");
            firstPdf(app, warmUp);
            if ("first".equals(System.getenv("BENCHMARK_PARTS"))) {
                return;
            }
            long started = System.nanoTime();
            long meetingId = meetingWithApprovedPairs(app);
            System.out.printf(
                    Locale.ROOT,
                    "Report benchmark: JDK %s, %d cores; %,d approved pairs (set up in %.1f s)%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors(),
                    PAIRS,
                    (System.nanoTime() - started) / 1e9);
            ReportService reports = app.getBean(ReportService.class);
            for (ReportFormat format : ReportFormat.values()) {
                double[] millis = new double[RUNS];
                long bytes = 0;
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    CountingStream out = new CountingStream();
                    long t = System.nanoTime();
                    reports.write(meetingId, ReportOptions.approvedOnly(), format, out);
                    if (i >= WARM_UP) {
                        millis[i - WARM_UP] = (System.nanoTime() - t) / 1e6;
                    }
                    bytes = out.count;
                }
                Arrays.sort(millis);
                System.out.printf(
                        Locale.ROOT,
                        "  %-20s median %6.0f ms (min %.0f, max %.0f), %,d bytes%n",
                        format.label(),
                        millis[RUNS / 2],
                        millis[0],
                        millis[RUNS - 1],
                        bytes);
            }
        }
    }

    /**
     * The first PDF after a start, asked for ten seconds after the app is ready (a person signing in and
     * opening a report), and the second: the demo meeting's report.
     */
    private static void firstPdf(ConfigurableApplicationContext app, boolean warmUp) throws Exception {
        Thread.sleep(10_000);
        long demo = app.getBean(MeetingService.class)
                .find(MeetingFilter.text(DemoMeeting.TITLE), 0, 1)
                .getFirst()
                .id();
        ReportService reports = app.getBean(ReportService.class);
        double[] millis = new double[2];
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            reports.write(demo, ReportOptions.approvedOnly(), ReportFormat.PDF, OutputStream.nullOutputStream());
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "First PDF after a start (demo meeting, asked 10 s after ready, warm-up %s): %.0f ms, the next %.0f ms%n",
                warmUp ? "on" : "off (BENCHMARK_PDF_WARM_UP=false)",
                millis[0],
                millis[1]);
    }

    private static long meetingWithApprovedPairs(ConfigurableApplicationContext app) {
        long meetingId = app.getBean(MeetingService.class)
                .create(new NewMeeting(
                        "Report benchmark " + PAIRS + " pairs", LocalDate.of(2018, 7, 6), null, "Pyongyang", null))
                .id();
        List<Long> left = claims(app, account(app, meetingId, "US", ImportBenchmark.generate(30_000, 1)));
        List<Long> right = claims(app, account(app, meetingId, "DPRK", ImportBenchmark.generate(30_000, 2)));
        PairingService pairing = app.getBean(PairingService.class);
        for (int i = 0; i < PAIRS; i++) {
            pairing.link(new NewPair(
                    left.get(i),
                    right.get(i),
                    Relation.values()[i % 3],
                    "Benchmark rationale " + i
                            + ": the two accounts describe the same moment of the talks differently.",
                    "topic " + (i % 9),
                    List.of(new NewEvidence("https://example.org/evidence/" + i, "Evidence " + i, null))));
        }
        // Submitting and approving a thousand pairs through the screens is not what is measured here: the
        // approvals are written as an approval from before the full seal was (its hash over both quotes, the
        // relation and the rationale), which the first report's seal check completes.
        DSLContext db = app.getBean(DSLContext.class);
        db.execute("update claim_pair set status = 'APPROVED' where meeting_id = ?", meetingId);
        db.execute("""
                insert into review (pair_id, pair_author_id, editor_id, decision, content_hash)
                select p.id, p.author_id, (select id from app_user where username = 'editor'), 'APPROVE',
                       encode(sha256(convert_to(l.quote || chr(31) || r.quote || chr(31) || p.relation || chr(31)
                                                || coalesce(p.rationale, ''), 'UTF8')), 'hex')
                from claim_pair p join claim l on l.id = p.left_claim_id join claim r on r.id = p.right_claim_id
                where p.meeting_id = ?""", meetingId);
        return meetingId;
    }

    private static long account(ConfigurableApplicationContext app, long meetingId, String party, String text) {
        return app.getBean(AccountService.class)
                .add(new NewAccount(
                        meetingId,
                        new AccountMetadata(
                                party,
                                party + " benchmark account",
                                null,
                                "Publisher " + party,
                                "https://example.org/" + party,
                                LocalDate.of(2018, 7, 7),
                                "en",
                                AccountKind.OFFICIAL_STATEMENT),
                        text))
                .account()
                .id();
    }

    private static List<Long> claims(ConfigurableApplicationContext app, long accountId) {
        String text = app.getBean(AccountService.class).text(accountId);
        List<Sentence> sentences = SentenceSplitter.split(text);
        if (sentences.size() < PAIRS) {
            throw new IllegalStateException("Only " + sentences.size() + " sentences");
        }
        ClaimService claims = app.getBean(ClaimService.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Sentence s = sentences.get(i);
            ids.add(claims.mark(new NewClaim(
                            accountId,
                            s.start(),
                            s.end(),
                            text.substring(s.start(), s.end()),
                            null,
                            "topic " + (i % 9),
                            ClaimKind.FACT))
                    .id());
        }
        return ids;
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        BenchmarkApp.signIn(app, username);
    }

    /** Counts what a format writes and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
