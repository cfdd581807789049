package org.parallax.claim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marking claims through the REST API, as a script does: {@code ./mvnw -q test-compile exec:exec@claim-benchmark}.
 * One claim per request on a 5,000-word and on a 120,000-word account (the 1,000,000-character limit), the
 * first and the last of {@link #SINGLE} requests; then {@link #BATCH} claims in one request on the long
 * account, and single claims again once it holds them.
 */
public final class ClaimBenchmark {

    static final int SINGLE = 200;
    static final int BATCH = 8_000;

    private ClaimBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
            BenchmarkApp.signIn(app, "reviewer");
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            JsonMapper json = app.getBean(JsonMapper.class);
            HttpClient http = HttpClient.newHttpClient();
            String token = json.readTree(send(
                            http,
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"username\":\"reviewer\",\"password\":\"parallax-demo\"}")),
                            201))
                    .get("token")
                    .asString();
            System.out.printf(
                    Locale.ROOT,
                    "Claim benchmark: JDK %s, %d cores, REST API over HTTP on localhost%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            long meeting = app.getBean(MeetingService.class)
                    .create(new NewMeeting("Claim benchmark", LocalDate.of(2018, 7, 6), null, null, null))
                    .id();
            AccountService accounts = app.getBean(AccountService.class);
            for (int words : new int[] {5_000, 120_000}) {
                long account = accounts.add(new NewAccount(meeting, metadata(), ImportBenchmark.generate(words, words)))
                        .account()
                        .id();
                List<Sentence> sentences = accounts.sentences(account);
                double[] millis = new double[SINGLE];
                for (int i = 0; i < SINGLE; i++) {
                    millis[i] = markOne(http, token, base, account, sentences.get(i));
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %,7d words (%,d characters): one claim a request, median %.1f ms over the first 50,"
                                + " %.1f ms over the last 50 of %d%n",
                        words,
                        accounts.get(account).textLength(),
                        median(Arrays.copyOfRange(millis, 0, 50)),
                        median(Arrays.copyOfRange(millis, SINGLE - 50, SINGLE)),
                        SINGLE);
                if (words < 100_000) {
                    continue;
                }
                // Halves of the sentences after those: two claims a sentence, as a script marking clauses would.
                StringBuilder batch = new StringBuilder("[");
                int taken = 0;
                int next = SINGLE;
                for (; next < sentences.size() - 100 && taken < BATCH; next++) {
                    Sentence s = sentences.get(next);
                    int middle = s.start() + (s.end() - s.start()) / 2;
                    batch.append(taken == 0 ? "" : ",")
                            .append("{\"start\":")
                            .append(s.start())
                            .append(",\"end\":")
                            .append(middle)
                            .append("},")
                            .append("{\"start\":")
                            .append(middle)
                            .append(",\"end\":")
                            .append(s.end())
                            .append('}');
                    taken += 2;
                }
                batch.append(']');
                long t = System.nanoTime();
                JsonNode made = json.readTree(
                        post(http, token, base + "/api/v1/accounts/" + account + "/claims", batch.toString(), 201));
                System.out.printf(
                        Locale.ROOT,
                        "  %,d claims in one request on the %,d-word account: %.2f s (%d answered)%n",
                        taken,
                        words,
                        (System.nanoTime() - t) / 1e9,
                        made.size());
                double[] after = new double[100];
                for (int i = 0; i < after.length; i++) {
                    after[i] = markOne(http, token, base, account, sentences.get(next + i));
                }
                System.out.printf(
                        Locale.ROOT,
                        "  then one claim a request on it, holding %,d claims: median %.1f ms over 100%n",
                        SINGLE + taken,
                        median(after));
            }
        }
    }

    /** One claim by offsets, one request; the milliseconds it took. */
    private static double markOne(HttpClient http, String token, String base, long account, Sentence s)
            throws Exception {
        long t = System.nanoTime();
        post(
                http,
                token,
                base + "/api/v1/accounts/" + account + "/claims",
                "{\"start\":" + s.start() + ",\"end\":" + s.end() + "}",
                201);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static AccountMetadata metadata() {
        return new AccountMetadata("US", "Benchmark readout", null, null, null, null, "en", AccountKind.REPORT);
    }

    private static String post(HttpClient http, String token, String url, String body, int expected) throws Exception {
        return send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                expected);
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
