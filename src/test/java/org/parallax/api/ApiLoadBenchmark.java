package org.parallax.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.ImportBenchmark;
import org.parallax.account.NewAccount;
import org.parallax.account.Sentence;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.BenchmarkApp;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API under many clients: {@code ./mvnw -q test-compile exec:exec@api-load-benchmark}. Each client
 * (a virtual thread with its own token) sends requests back to back for 30 s: 45 % list meetings, 25 % the
 * demo meeting's JSON report, 30 % mark a claim by quote on a 50,000-word account. Prints requests a
 * second, p50/p95/p99/max and errors per action for 20, 50 and 100 clients ({@code BENCHMARK_CLIENTS},
 * {@code BENCHMARK_SECONDS}). The app runs in the same JVM, on the same cores as the clients.
 */
public final class ApiLoadBenchmark {

    private ApiLoadBenchmark() {}

    record Sample(String action, long nanos, boolean ok) {}

    public static void main(String[] args) throws Exception {
        int[] clients = Arrays.stream(System.getenv()
                        .getOrDefault("BENCHMARK_CLIENTS", "20,50,100")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_SECONDS", "30"));
        try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
            BenchmarkApp.signIn(app, "reviewer");
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            JsonMapper json = app.getBean(JsonMapper.class);
            long meeting = app.getBean(MeetingService.class)
                    .create(new NewMeeting("API load", LocalDate.of(2018, 7, 6), null, null, null))
                    .id();
            AccountService accounts = app.getBean(AccountService.class);
            String text = ImportBenchmark.generate(50_000, 7);
            long account = accounts.add(new NewAccount(
                            meeting,
                            new AccountMetadata("US", "Load", null, null, null, null, "en", AccountKind.REPORT),
                            text))
                    .account()
                    .id();
            List<String> quotes = uniqueSentences(text, accounts.sentences(account));
            long demo = json.readTree(
                            get(HttpClient.newHttpClient(), base + "/api/v1/meetings?q=First", token(base, json)))
                    .get(0)
                    .get("id")
                    .asLong();
            System.out.printf(
                    Locale.ROOT,
                    "API load benchmark: JDK %s, %d cores, %d s a run, %,d quotes to mark%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors(),
                    seconds,
                    quotes.size());
            AtomicInteger nextQuote = new AtomicInteger();
            for (int n : clients) {
                run(base, json, n, seconds, demo, account, quotes, nextQuote);
            }
        }
    }

    private static void run(
            String base,
            JsonMapper json,
            int clients,
            int seconds,
            long demo,
            long account,
            List<String> quotes,
            AtomicInteger nextQuote)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(token(base, json));
        }
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong ended =
                new AtomicLong(System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (String token : tokens) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < ended.get()) {
                    double roll = ThreadLocalRandom.current().nextDouble();
                    long t = System.nanoTime();
                    String action;
                    int status;
                    try {
                        if (roll < 0.45) {
                            action = "list meetings";
                            status = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings")), token);
                        } else if (roll < 0.70) {
                            action = "JSON report";
                            status = send(
                                    http,
                                    HttpRequest.newBuilder(
                                            URI.create(base + "/api/v1/meetings/" + demo + "/report?format=json")),
                                    token);
                        } else {
                            action = "mark by quote";
                            String quote = quotes.get(nextQuote.getAndIncrement() % quotes.size());
                            status = send(
                                    http,
                                    HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts/" + account + "/claims"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    json.writeValueAsString(Map.of("quote", quote)))),
                                    token);
                            // A quote marked in an earlier run is a claim already (409): not a failure of load.
                            status = status == 409 ? 201 : status;
                        }
                    } catch (Exception e) {
                        action = "error";
                        status = -1;
                    }
                    samples.add(new Sample(action, System.nanoTime() - t, status >= 200 && status < 300));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, List<Sample>> byAction = new HashMap<>();
        samples.forEach(s ->
                byAction.computeIfAbsent(s.action(), k -> new ArrayList<>()).add(s));
        System.out.printf(
                Locale.ROOT,
                "%4d clients: %6.1f requests/s, %s, errors %d%n",
                clients,
                samples.size() / elapsed,
                percentiles(new ArrayList<>(samples)),
                samples.stream().filter(s -> !s.ok()).count());
        for (String action : List.of("list meetings", "JSON report", "mark by quote")) {
            List<Sample> of = byAction.getOrDefault(action, List.of());
            System.out.printf(Locale.ROOT, "      %-14s %6d requests, %s%n", action, of.size(), percentiles(of));
        }
    }

    private static String percentiles(List<Sample> samples) {
        if (samples.isEmpty()) {
            return "none";
        }
        double[] ms =
                samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)],
                ms[(int) (ms.length * 0.99)],
                ms[ms.length - 1]);
    }

    private static List<String> uniqueSentences(String text, List<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        sentences.forEach(s -> counts.merge(text.substring(s.start(), s.end()), 1, Integer::sum));
        return sentences.stream()
                .map(s -> text.substring(s.start(), s.end()))
                .filter(q -> counts.get(q) == 1 && text.indexOf(q) == text.lastIndexOf(q))
                .toList();
    }

    private static String token(String base, JsonMapper json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"reviewer\",\"password\":\"parallax-demo\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return json.readTree(answer.body()).get("token").asString();
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static int send(HttpClient http, HttpRequest.Builder request, String token) throws Exception {
        return http.send(
                        request.header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
