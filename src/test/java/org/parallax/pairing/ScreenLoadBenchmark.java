package org.parallax.pairing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.account.ImportBenchmark;
import org.parallax.support.ApiClient;
import org.parallax.support.UidlTree;
import org.parallax.support.VaadinClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many reviewers at once on the comparison screen, each a {@link VaadinClient} (own session, own UI, its push
 * connection open) speaking Flow's protocol to the production jar started as its own process:
 * sign in, open the comparison of two 5,000-word accounts (the page and both texts), then rounds of
 * selecting a passage in each column and marking it ("Mark claim"), linking the two ("Link chosen claims",
 * a rationale, "Link as draft pair") and, every third round, submitting their drafts, with 1–3 s of
 * thinking before each step.
 *
 * <p>{@code ./mvnw -q package -DskipTests exec:exec@screen-load-benchmark}; {@code BENCHMARK_REVIEWERS}
 * (default 100), {@code BENCHMARK_ROUNDS} (default 6), {@code BENCHMARK_RAMP_SECONDS} (default 30: when the
 * reviewers arrive). Prints p50/p95/p99/max per action (request sent →
 * the server's answer applied, i.e. the change the browser would draw), errors, the app's heap before and
 * with every comparison open (after a full GC, read with jcmd) and what that makes a session, and checks
 * at the end that the database holds every claim and pair the screens acknowledged. The browser's own
 * drawing is not in these figures: the comparison benchmark measures it.
 */
public final class ScreenLoadBenchmark {

    private static final Path JAR = Path.of("target", "parallax-0.1.0-SNAPSHOT.jar");
    private static final String PASSWORD = "quartz lantern drifts over seven harbours";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final List<String> ACTIONS = List.of(
            "sign in", "open comparison", "select passage", "mark", "open link dialog", "link", "submit drafts");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScreenLoadBenchmark() {}

    /** What a column shows: its text and the passages reviewers mark in it, two words each. */
    private record Column(UidlTree.Node element, String text, List<int[]> passages) {}

    public static void main(String[] args) throws Exception {
        int reviewers = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_REVIEWERS", "100"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_ROUNDS", "6"));
        int ramp = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RAMP_SECONDS", "30"));
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("No " + JAR + ": run ./mvnw -q package -DskipTests first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Path dataDir = Path.of("target", "benchmark-data", UUID.randomUUID().toString());
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--parallax.data-dir=" + dataDir,
                        "--parallax.demo=true",
                        "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        try {
            run(base, app.pid(), reviewers, rounds, ramp);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void run(String base, long pid, int reviewers, int rounds, int ramp) throws Exception {
        ApiClient api = new ApiClient(base);
        String reviewerToken = api.reviewerToken();
        String adminToken = api.token("admin", "parallax-demo");
        for (int r = 0; r < reviewers; r++) {
            HttpResponse<String> made = api.send(
                    "/api/v1/users",
                    adminToken,
                    JSON.writeValueAsString(Map.of(
                            "username",
                            "load-reviewer-" + r,
                            "displayName",
                            "Load Reviewer " + r,
                            "role",
                            "REVIEWER",
                            "password",
                            PASSWORD)));
            check(made, 201);
        }
        long meeting = JSON.readTree(check(
                                api.send(
                                        "/api/v1/meetings",
                                        reviewerToken,
                                        "{\"title\": \"Screen load\", \"startDate\": \"2018-07-06\"}"),
                                201)
                        .body())
                .get("id")
                .asLong();
        long left = account(api, reviewerToken, meeting, "US", 11);
        long right = account(api, reviewerToken, meeting, "DPRK", 12);
        String path = "/meetings/" + meeting + "/compare?left=" + left + "&right=" + right;
        System.out.printf(
                Locale.ROOT,
                "Screen load benchmark: JDK %s, %d cores, the production jar (%s), %d reviewers (protocol clients"
                        + " with push), arriving over %d s, %d rounds each%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                JAR,
                reviewers,
                ramp,
                rounds);

        long heapBefore = heapUsed(pid);
        Map<String, ConcurrentLinkedQueue<Double>> times = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger marked = new AtomicInteger();
        AtomicInteger linked = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger pushed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger nextPassage = new AtomicInteger();
        CountDownLatch opened = new CountDownLatch(reviewers);
        CountDownLatch measured = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            String username = "load-reviewer-" + r;
            threads.add(Thread.ofVirtual().start(() -> {
                try (VaadinClient tab = new VaadinClient(base)) {
                    List<Column> columns;
                    try {
                        // A desk's morning: people arrive over the ramp, not all in the same second.
                        think(0, 1 + ramp * 1000);
                        timed(times, "sign in", () -> tab.signIn(username, PASSWORD));
                        columns = timedValue(times, "open comparison", () -> openComparison(tab, path));
                    } finally {
                        opened.countDown();
                    }
                    measured.await();
                    int drafts = 0;
                    for (int i = 0; i < rounds; i++) {
                        try {
                            int n = nextPassage.getAndIncrement();
                            for (Column column : columns) {
                                think(1000, 3000);
                                timed(times, "select passage", () -> select(tab, column, n));
                                think(1000, 3000);
                                timed(times, "mark", () -> mark(tab));
                                marked.incrementAndGet();
                            }
                            think(1000, 3000);
                            timed(times, "open link dialog", () -> openLink(tab));
                            think(1000, 3000);
                            int round = i;
                            timed(times, "link", () -> link(tab, round));
                            linked.incrementAndGet();
                            drafts++;
                            if (i % 3 == 2) {
                                think(1000, 3000);
                                timed(times, "submit drafts", () -> submit(tab));
                                submitted.addAndGet(drafts);
                                drafts = 0;
                            }
                        } catch (RuntimeException failed) {
                            errors.incrementAndGet();
                            failures.add(shorten(failed.getMessage()));
                        }
                    }
                    pushed.addAndGet(tab.pushed());
                } catch (Exception failed) {
                    errors.incrementAndGet();
                    failures.add(shorten(username + ": " + failed));
                }
            }));
        }
        opened.await();
        long heapOpen = heapUsed(pid);
        measured.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long heapAfter = heapUsed(pid);
        for (String action : ACTIONS) {
            double[] ms = times.getOrDefault(action, new ConcurrentLinkedQueue<>()).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            if (ms.length == 0) {
                System.out.printf(Locale.ROOT, "  %-17s none%n", action);
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-17s %5d times: p50 %5.0f ms, p95 %5.0f ms, p99 %5.0f ms, max %5.0f ms%n",
                    action,
                    ms.length,
                    ms[ms.length / 2],
                    ms[(int) (ms.length * 0.95)],
                    ms[(int) (ms.length * 0.99)],
                    ms[ms.length - 1]);
        }
        JsonNode stored = JSON.readTree(check(api.send("/api/v1/meetings/" + meeting, reviewerToken, null), 200)
                .body());
        System.out.printf(
                Locale.ROOT,
                "  errors: %d; acknowledged %d claims and %d pairs (%d submitted), stored %d claims and %d pairs;"
                        + " %d messages pushed to the screens%n",
                errors.get(),
                marked.get(),
                linked.get(),
                submitted.get(),
                stored.get("claimCount").asInt(),
                stored.get("pairCount").asInt(),
                pushed.get());
        System.out.printf(
                Locale.ROOT,
                "  app heap after a full GC: %.0f MiB before, %.0f MiB with %d comparisons open (%.2f MiB a"
                        + " reviewer's session), %.0f MiB at the end%n",
                heapBefore / 1048576.0,
                heapOpen / 1048576.0,
                reviewers,
                (heapOpen - heapBefore) / 1048576.0 / reviewers,
                heapAfter / 1048576.0);
        failures.stream().distinct().limit(12).forEach(f -> System.out.println("    error: " + f));
    }

    /** The page, then both texts as the columns fetch them; the passages each column offers to mark. */
    private static List<Column> openComparison(VaadinClient tab, String path) throws Exception {
        tab.open(path);
        List<Column> columns = new ArrayList<>();
        for (UidlTree.Node element : tab.tree().find("parallax-annotated", n -> true)) {
            String source = element.attribute("src")
                    .orElseThrow(() -> new IllegalStateException("A column without its text"))
                    .path("uri")
                    .asString();
            String text = JSON.readTree(tab.get(source)).get("text").asString();
            columns.add(new Column(element, text, wordPairs(text)));
        }
        if (columns.size() != 2) {
            throw new IllegalStateException("The comparison shows " + columns.size() + " columns");
        }
        return columns;
    }

    /** Passages of two words: 2,500 in a 5,000-word text, so no two reviewers mark the same. */
    private static List<int[]> wordPairs(String text) {
        List<int[]> passages = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(text);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        for (int i = 0; i + 1 < words.size(); i += 2) {
            passages.add(new int[] {words.get(i)[0], words.get(i + 1)[1]});
        }
        return passages;
    }

    /** The selection a person makes with the mouse, as the column reports it: the mark dialog opens. */
    private static void select(VaadinClient tab, Column column, int n) throws Exception {
        if (n >= column.passages().size()) {
            // Marking a passage again only chooses the claim already there: not the load being measured.
            throw new IllegalStateException("No passage left to mark: fewer reviewers or rounds");
        }
        int[] span = column.passages().get(n);
        tab.event(
                column.element(),
                "text-selected",
                Map.of(
                        "event.detail.start",
                        span[0],
                        "event.detail.end",
                        span[1],
                        "event.detail.quote",
                        column.text().substring(span[0], span[1])));
        button(tab, "Mark claim");
    }

    /** "Mark claim": the dialog closes and the new claim is drawn and chosen, or the dialog says why not. */
    private static void mark(VaadinClient tab) throws Exception {
        JsonNode answer = tab.click(button(tab, "Mark claim"));
        expectClosed(answer, "Mark claim");
    }

    private static void openLink(VaadinClient tab) throws Exception {
        tab.click(button(tab, "Link chosen claims"));
        button(tab, "Link as draft pair");
    }

    private static void link(VaadinClient tab, int round) throws Exception {
        UidlTree.Node rationale = tab.tree()
                .find(
                        "vaadin-text-area",
                        n -> n.property("label")
                                .map(l -> l.asString().equals("Rationale"))
                                .orElse(false))
                .getLast();
        tab.setProperty(rationale, "value", "Screen load round " + round, "change");
        JsonNode answer = tab.click(button(tab, "Link as draft pair"));
        expectClosed(answer, "Link as draft pair");
    }

    /** "Submit all my drafts (n)", then "Submit n" in the confirmation: the notice says they went. */
    private static void submit(VaadinClient tab) throws Exception {
        tab.click(button(tab, "Submit all my drafts ("));
        UidlTree.Node confirm = tab
                .tree()
                .find(
                        "vaadin-confirm-dialog",
                        n -> n.property("opened").map(JsonNode::asBoolean).orElse(false))
                .stream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No confirmation to submit the drafts"));
        // The browser closes the confirmation itself and says so with the same request; a server that still
        // thought it open (it is modal) would ignore every later click outside it.
        JsonNode answer = tab.send(List.of(
                Map.of("type", "event", "node", confirm.id(), "event", "confirm", "data", Map.of()),
                Map.of("type", "mSync", "node", confirm.id(), "feature", 1, "property", "opened", "value", false),
                Map.of("type", "event", "node", confirm.id(), "event", "opened-changed", "data", Map.of())));
        if (!answer.toString().contains("submitted for review.")) {
            throw new IllegalStateException("Submitting drafts: no confirmation in the answer");
        }
    }

    private static UidlTree.Node button(VaadinClient tab, String text) {
        return tab.tree()
                .withText("vaadin-button", text)
                .orElseThrow(() -> new IllegalStateException("No button " + text));
    }

    /** The dialog of the button closes in the answer; otherwise the message it shows is the error. */
    private static void expectClosed(JsonNode answer, String action) {
        for (JsonNode change : answer.path("changes")) {
            if (change.path("key").asString().equals("opened")
                    && change.has("value")
                    && !change.get("value").asBoolean()) {
                return;
            }
        }
        String said = "no message";
        for (JsonNode change : answer.path("changes")) {
            if (change.path("key").asString().equals("text")) {
                said = change.path("value").asString();
            }
        }
        throw new IllegalStateException(action + ": the dialog stayed open (" + said + ")");
    }

    private static long account(ApiClient api, String token, long meeting, String party, long seed) throws Exception {
        String body = JSON.writeValueAsString(
                Map.of("party", party, "title", party + " account", "text", ImportBenchmark.generate(5_000, seed)));
        return JSON.readTree(check(api.send("/api/v1/meetings/" + meeting + "/accounts", token, body), 201)
                        .body())
                .get("id")
                .asLong();
    }

    private static HttpResponse<String> check(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    /** The app's heap in use after a full collection, as jcmd reads it from the app's process. */
    private static long heapUsed(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").start().waitFor();
        }
        Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(info.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = HEAP_USED.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1)) * 1024;
                }
            }
        }
        throw new IllegalStateException("jcmd did not say how much heap the app uses");
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void timed(Map<String, ConcurrentLinkedQueue<Double>> times, String action, Step body) {
        timedValue(times, action, () -> {
            body.run();
            return null;
        });
    }

    private static <T> T timedValue(Map<String, ConcurrentLinkedQueue<Double>> times, String action, Action<T> body) {
        long t = System.nanoTime();
        T value;
        try {
            value = body.run();
        } catch (Exception failed) {
            throw new IllegalStateException(action + ": " + failed.getMessage(), failed);
        }
        times.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t) / 1e6);
        return value;
    }

    private static void think(int fromMillis, int toMillis) throws InterruptedException {
        Thread.sleep(fromMillis + ThreadLocalRandom.current().nextInt(toMillis - fromMillis));
    }

    private static String shorten(String message) {
        String flat = String.valueOf(message).replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(160, flat.length()));
    }
}
