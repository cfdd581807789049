package org.parallax.pairing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.ImportBenchmark;
import org.parallax.account.NewAccount;
import org.parallax.account.Sentence;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.security.NewUser;
import org.parallax.security.UserService;
import org.parallax.support.BenchmarkApp;
import org.parallax.support.Browsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many reviewers at once on the comparison screen, each a real headless Chromium page (own browser, own
 * session): sign in, open the comparison of two 5,000-word accounts, then rounds of marking a sentence in
 * each column (a click on it, "Mark claim"), linking the two ("Link as draft pair") and, every third
 * round, submitting their drafts, with 1–3 s of thinking between actions.
 * {@code ./mvnw -q test-compile exec:exec@screen-load-benchmark}; {@code BENCHMARK_REVIEWERS} (default 5),
 * {@code BENCHMARK_ROUNDS} (default 6). Prints p50/p95/p99 per action (click → the change drawn, confirmed by
 * the server), errors, and heap per session. The browsers share the machine's cores with the app, which
 * bounds N here far below a load tool's.
 */
public final class ScreenLoadBenchmark {

    private static final String PASSWORD = "quartz lantern drifts over seven harbours";

    private ScreenLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int reviewers = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_REVIEWERS", "5"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_ROUNDS", "6"));
        try (ConfigurableApplicationContext app = BenchmarkApp.start()) {
            BenchmarkApp.signIn(app, "reviewer");
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            long meeting = app.getBean(MeetingService.class)
                    .create(new NewMeeting("Screen load", LocalDate.of(2018, 7, 6), null, null, null))
                    .id();
            AccountService accounts = app.getBean(AccountService.class);
            long left = account(accounts, meeting, "US", 11);
            long right = account(accounts, meeting, "DPRK", 12);
            List<Sentence> leftSentences = accounts.sentences(left);
            List<Sentence> rightSentences = accounts.sentences(right);
            String url = base + "/meetings/" + meeting + "/compare?left=" + left + "&right=" + right;
            System.out.printf(
                    Locale.ROOT,
                    "Screen load benchmark: JDK %s, %d cores, %d reviewers (a headless Chromium each), %d rounds,"
                            + " Vaadin in %s mode%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors(),
                    reviewers,
                    rounds,
                    BenchmarkApp.vaadinMode());

            long heapBefore = settledHeap();
            Map<String, ConcurrentLinkedQueue<Double>> times = new ConcurrentHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger nextSentence = new AtomicInteger(2);
            CountDownLatch opened = new CountDownLatch(reviewers);
            CountDownLatch measured = new CountDownLatch(1);
            long[] heapOpen = new long[1];
            List<Thread> threads = new ArrayList<>();
            // One reviewer account each: "Submit all my drafts" is per person.
            BenchmarkApp.signIn(app, "admin");
            List<String> usernames = new ArrayList<>();
            for (int r = 0; r < reviewers; r++) {
                String name = "load-reviewer-" + r;
                app.getBean(UserService.class).create(new NewUser(name, "Load Reviewer " + r, "REVIEWER", PASSWORD));
                usernames.add(name);
            }
            for (String username : usernames) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try (Playwright playwright = Browsers.playwright();
                            Browser browser = Browsers.chromium(playwright);
                            BrowserContext context =
                                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
                        Page page = context.newPage();
                        timed(times, "sign in", () -> signIn(page, base, username));
                        timed(times, "open comparison", () -> {
                            page.navigate(url);
                            page.locator("parallax-annotated")
                                    .nth(1)
                                    .locator(".para")
                                    .first()
                                    .waitFor();
                        });
                        opened.countDown();
                        measured.await();
                        for (int i = 0; i < rounds; i++) {
                            try {
                                int n = nextSentence.getAndAdd(1);
                                think(page);
                                timed(times, "mark", () -> mark(page, 0, leftSentences.get(n)));
                                think(page);
                                timed(times, "mark", () -> mark(page, 1, rightSentences.get(n)));
                                think(page);
                                int round = i;
                                timed(times, "link", () -> link(page, round));
                                if (i % 3 == 2) {
                                    think(page);
                                    timed(times, "submit drafts", () -> submit(page));
                                }
                            } catch (RuntimeException failed) {
                                errors.incrementAndGet();
                                String message =
                                        String.valueOf(failed.getMessage()).replaceAll("\\s+", " ");
                                failures.add(message.substring(0, Math.min(90, message.length())));
                                page.keyboard().press("Escape");
                            }
                        }
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                        opened.countDown();
                    }
                }));
            }
            opened.await();
            heapOpen[0] = settledHeap();
            measured.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            for (String action : List.of("sign in", "open comparison", "mark", "link", "submit drafts")) {
                double[] ms = times.getOrDefault(action, new ConcurrentLinkedQueue<>()).stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                if (ms.length == 0) {
                    System.out.printf(Locale.ROOT, "  %-16s none%n", action);
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %-16s %4d times: p50 %5.0f ms, p95 %5.0f ms, p99 %5.0f ms, max %5.0f ms%n",
                        action,
                        ms.length,
                        ms[ms.length / 2],
                        ms[(int) (ms.length * 0.95)],
                        ms[(int) (ms.length * 0.99)],
                        ms[ms.length - 1]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  errors: %d; heap with the comparisons open: %.1f MiB more than before, %.2f MiB a reviewer's"
                            + " session; heap in use %.0f MiB%n",
                    errors.get(),
                    (heapOpen[0] - heapBefore) / 1048576.0,
                    (heapOpen[0] - heapBefore) / 1048576.0 / reviewers,
                    heapOpen[0] / 1048576.0);
            failures.stream().limit(12).forEach(f -> System.out.println("    error: " + f));
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void timed(Map<String, ConcurrentLinkedQueue<Double>> times, String action, Action body)
            throws Exception {
        long t = System.nanoTime();
        try {
            body.run();
        } catch (RuntimeException failed) {
            throw new IllegalStateException(action + ": " + failed.getMessage(), failed);
        }
        times.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t) / 1e6);
    }

    private static void think(Page page) {
        page.waitForTimeout(1000 + ThreadLocalRandom.current().nextInt(2000));
    }

    /**
     * Brings the sentence into view, clicks it, confirms "Mark claim" and waits for its highlight. Other
     * reviewers' claims arrive live and redraw paragraphs, which may move the text between finding the
     * sentence and clicking it: a click that opens no dialog is tried again, up to three times.
     */
    private static void mark(Page page, int column, Sentence s) {
        Locator text = page.locator("parallax-annotated").nth(column);
        String span = s.start() + "-" + s.end();
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"));
        for (int attempt = 1; ; attempt++) {
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) text.evaluate(
                    "(el, span) => { el.revealSpan(span); const [s, e] = span.split('-').map(Number);"
                            + " el._setCursor(s, e, false); const r = el._range.getClientRects()[0];"
                            + " return [r.left + Math.min(r.width / 2, 20), r.top + r.height / 2]; }",
                    span);
            page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
            try {
                confirm.click(new Locator.ClickOptions().setTimeout(5_000));
                break;
            } catch (RuntimeException noDialog) {
                if (attempt == 3) {
                    throw noDialog;
                }
            }
        }
        page.waitForFunction(
                "([i, start]) => { const m = document.querySelectorAll('parallax-annotated')[i]"
                        + ".querySelector(`mark[data-start='${start}']`); return m && !m.classList.contains('provisional'); }",
                List.of(column, s.start()));
        // A new claim is chosen in its column: after one in each, "Link chosen claims" links them.
    }

    private static void link(Page page, int round) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                .fill("Screen load round " + round);
        int paired = page.locator("mark.state-paired").count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair"))
                .click();
        page.waitForFunction(
                "n => document.querySelectorAll('mark.state-paired:not(.provisional)').length > n", paired);
    }

    private static void submit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit all my drafts"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Submit \\d+$")))
                .click();
        page.getByText("submitted for review.").first().waitFor();
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private static long account(AccountService accounts, long meeting, String party, long seed) {
        return accounts.add(new NewAccount(
                        meeting,
                        new AccountMetadata(
                                party, party + " account", null, null, null, null, "en", AccountKind.REPORT),
                        ImportBenchmark.generate(5_000, seed)))
                .account()
                .id();
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
