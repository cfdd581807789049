package org.parallax.account;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.BenchmarkApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long importing and splitting a 100,000-word account takes (upload excluded) and the peak
 * heap it used. Runs the real service on an embedded PostgreSQL with fsync on, as the app does.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@import-benchmark}
 */
public final class ImportBenchmark {

    static final int WORDS = 100_000;
    static final int WARM_UP = 3;
    static final int RUNS = 7;

    public static void main(String[] args) {
        String text = generate(WORDS, 42);
        try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
            BenchmarkApp.signIn(app, "reviewer");

            AccountService accounts = app.getBean(AccountService.class);
            MeetingService meetings = app.getBean(MeetingService.class);
            // A meeting per import: a meeting takes one account of a given text.
            LongSupplier freshMeeting = () -> meetings.create(new NewMeeting(
                            "Benchmark talks " + System.nanoTime(), LocalDate.of(2018, 7, 6), null, null, null))
                    .id();
            AccountMetadata metadata = new AccountMetadata(
                    "US", "Benchmark account", null, null, null, null, "", AccountKind.OFFICIAL_STATEMENT);

            System.out.printf(
                    Locale.ROOT,
                    "Import benchmark: %,d words, %,d characters, JDK %s, %d cores%n",
                    WORDS,
                    text.length(),
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < WARM_UP; i++) {
                accounts.add(new NewAccount(freshMeeting.getAsLong(), metadata, text));
            }
            double[] total = new double[RUNS];
            double[] clean = new double[RUNS];
            double[] split = new double[RUNS];
            long[] peakHeap = new long[RUNS];
            int sentences = 0;
            for (int i = 0; i < RUNS; i++) {
                long meetingId = freshMeeting.getAsLong();
                System.gc();
                long baseline = heapUsed();
                resetPeaks();
                long started = System.nanoTime();
                ImportResult result = accounts.add(new NewAccount(meetingId, metadata, text));
                total[i] = millis(started);
                peakHeap[i] = Math.max(0, peakHeapUsed() - baseline);
                sentences = result.sentenceCount();
                clean[i] = time(() -> TextCleaner.clean(text));
                String cleaned = TextCleaner.clean(text).text();
                split[i] = time(() -> SentenceSplitter.split(cleaned));
            }
            System.out.printf(Locale.ROOT, "  sentences found:                 %,d%n", sentences);
            System.out.printf(
                    Locale.ROOT,
                    "  import + split + save (service): median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
                    median(total),
                    min(total),
                    max(total),
                    RUNS);
            System.out.printf(Locale.ROOT, "    of which cleaning:             median %.0f ms%n", median(clean));
            System.out.printf(Locale.ROOT, "    of which sentence splitting:   median %.0f ms%n", median(split));
            System.out.printf(
                    Locale.ROOT,
                    "  peak heap above baseline:        median %.1f MiB, max %.1f MiB%n",
                    median(Arrays.stream(peakHeap)
                            .mapToDouble(b -> b / 1048576.0)
                            .toArray()),
                    Arrays.stream(peakHeap).max().orElse(0) / 1048576.0);
            System.out.printf(Locale.ROOT, "  target: under 1000 ms -> %s%n", median(total) < 1000 ? "met" : "NOT met");
        }
    }

    /** English-like text with paragraphs, abbreviations, quotations and numbers, the same for every seed. */
    public static String generate(int words, long seed) {
        String[] vocabulary = ("the talks delegation progress issues central denuclearization verification "
                        + "sanctions statement ministry secretary state spokesperson regrettable unilateral demands "
                        + "working groups remains agreed summit Singapore Pyongyang both sides said would will "
                        + "complete final peace regime declaration end war steps measures balanced good faith "
                        + "productive meeting leaders commitment trust building attitude concern")
                .split(" ");
        String[] inserts = {"Mr. Kim", "the U.S. side", "DPRK-U.S. relations", "3.5 per cent", "Dr. Lee", "on July 7"};
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(words * 8);
        int written = 0;
        int sentenceLength = 0;
        boolean capital = true;
        while (written < words) {
            String word = random.nextInt(40) == 0
                    ? inserts[random.nextInt(inserts.length)]
                    : vocabulary[random.nextInt(vocabulary.length)];
            out.append(capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            capital = false;
            written += word.split(" ").length;
            sentenceLength++;
            if (sentenceLength > 8 && random.nextInt(10) == 0) {
                out.append(random.nextInt(8) == 0 ? "?" : ".");
                sentenceLength = 0;
                capital = true;
                out.append(random.nextInt(6) == 0 ? "\n\n" : " ");
            } else {
                out.append(random.nextInt(12) == 0 ? ", " : " ");
            }
        }
        return out.append('.').toString();
    }

    private static double time(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return millis(started);
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000.0;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapUsed() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private ImportBenchmark() {}
}
