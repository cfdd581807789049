package org.parallax.pairing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
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
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.NewMeeting;
import org.parallax.support.BenchmarkApp;
import org.parallax.support.Browsers;
import org.parallax.support.MouseSelection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints what opening the comparison of two large accounts costs: server time to assemble it, bytes sent
 * to the browser, session memory retained, time until both texts with their highlights are visible in
 * headless Chromium, and the round trips of marking a claim and linking a pair. Two sizes: 50,000 words
 * with 2,000 claims per account, and 5,000 words with 200.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@compare-benchmark}
 */
public final class CompareBenchmark {

    static final int REPEAT = 5;
    static final int SESSIONS = 5;
    /** When the server's answer to each "Mark claim" click arrived, to tell server from browser time. */
    static final List<Double> RESPONSE_TIMES = new ArrayList<>();
    /** Request sent → first byte of the answer to "Mark claim" and "Link as draft pair" (browser's network timing). */
    static final List<Double> MARK_SERVER = new ArrayList<>();

    static final List<Double> LINK_SERVER = new ArrayList<>();
    /** Click → highlight painted (drawn at the click) and → confirmed by the server, timed inside the page. */
    static final List<double[]> IN_PAGE_MARK = new ArrayList<>();
    /** Round trips of marking and linking are timed this many times each. */
    static final int ROUND_TRIPS = 15;
    /** Chrome's timeline plus JavaScript samples, so a trace shows which functions the time went to. */
    static final List<String> TRACE_CATEGORIES = List.of(
            "devtools.timeline",
            "disabled-by-default-devtools.timeline",
            "v8.execute",
            "disabled-by-default-v8.cpu_profiler",
            "blink.user_timing");

    /**
     * Starts a clock in the page at the next click and notes the first frame painted after a mark matching
     * the selector holds the passage (provisional or not), and the first after the server's own one does.
     */
    static final String IN_PAGE_CLOCK = """
            ([selector, passage]) => {
              const clock = window.parallaxClock = {};
              // Playwright awaits this promise instead of polling the page: a poll every few milliseconds
              // (querying thousands of marks) took main-thread time from the very round trip being timed.
              clock.done = new Promise((resolve, reject) => {
                clock.resolve = resolve;
                setTimeout(() => reject(new Error('no confirmed mark within 30 s')), 30000);
              });
              // A change made inside an animation frame is painted in that frame; one made in any other task
              // in the next. Frames are told apart by wrapping requestAnimationFrame once.
              if (!window.parallaxFrameFlag) {
                window.parallaxFrameFlag = true;
                const raf = window.requestAnimationFrame.bind(window);
                window.requestAnimationFrame = (callback) => raf((time) => {
                  if (!window.parallaxInFrame) { window.parallaxInFrame = true; setTimeout(() => { window.parallaxInFrame = false; }); }
                  callback(time);
                });
              }
              document.addEventListener('click', () => { clock.click = clock.click || performance.now(); }, { capture: true, once: true });
              // Only the added nodes are looked at: scanning every mark of a long text would cost the page itself.
              const found = (records, s) => records.some(r => [...r.addedNodes].some(n => n.nodeType === 1
                  && (n.matches(s) ? [n] : [...n.querySelectorAll(s)]).some(m => m.textContent.includes(passage))));
              const stamp = (key) => {
                const after = () => setTimeout(() => {
                  clock[key] = performance.now() - clock.click;
                  if (clock.painted !== undefined && clock.confirmed !== undefined) clock.resolve();
                });
                if (window.parallaxInFrame) after(); else requestAnimationFrame(after);
              };
              const observer = new MutationObserver((records) => {
                if (!clock.click) return;
                if (!clock.seen && found(records, 'mark' + selector)) { clock.seen = true; stamp('painted'); }
                if (found(records, 'mark' + selector + ':not(.provisional)')) { observer.disconnect(); stamp('confirmed'); }
              });
              document.querySelectorAll('parallax-annotated').forEach(el => observer.observe(el, { childList: true, subtree: true }));
            }""";

    /**
     * Starts a clock in the page at the next click and resolves window.parallaxOpened with the time until the
     * first frame painted after both columns hold all their highlights. The columns are looked at only when
     * they report a render, not polled: polling thousands of marks would slow the opening it times.
     */
    static final String OPENING_CLOCK = """
            (claims) => {
              let clicked;
              document.addEventListener('click', () => { clicked = clicked || performance.now(); }, { capture: true, once: true });
              window.parallaxOpened = new Promise((resolve, reject) => {
                setTimeout(() => reject(new Error('not all highlights visible within 60 s')), 60000);
                const check = () => {
                  const columns = [...document.querySelectorAll('parallax-annotated')];
                  if (columns.length !== 2 || !columns.every(c => c.querySelectorAll('mark[tabindex]').length >= claims)) return;
                  document.removeEventListener('annotated-rendered', check);
                  // The frame that paints them, then the task after it.
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked)));
                };
                document.addEventListener('annotated-rendered', check);
              });
            }""";

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkApp.start();
                Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            signIn(app);
            System.out.printf(
                    Locale.ROOT,
                    "Comparison benchmark: JDK %s, %d cores, headless Chromium, Vaadin in %s mode%n",
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors(),
                    BenchmarkApp.vaadinMode());
            for (int[] size : sizes()) {
                run(app, browser, "http://localhost:" + port, size[0], size[1]);
            }
        }
    }

    /** BENCHMARK_SIZES=50000:2000 runs one size only; the default runs both. */
    private static int[][] sizes() {
        String wanted = System.getenv("BENCHMARK_SIZES");
        if (wanted == null || wanted.isBlank()) {
            return new int[][] {{50_000, 2_000}, {5_000, 200}};
        }
        return Arrays.stream(wanted.split(","))
                .map(s -> s.split(":"))
                .map(p -> new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())})
                .toArray(int[][]::new);
    }

    static void run(ConfigurableApplicationContext app, Browser browser, String base, int words, int claimsPerAccount)
            throws Exception {
        long meetingId = app.getBean(MeetingService.class)
                .create(new NewMeeting("Benchmark " + words + " words", LocalDate.of(2018, 7, 6), null, null, null))
                .id();
        long left = account(app, meetingId, "US", ImportBenchmark.generate(words, 1));
        long right = account(app, meetingId, "DPRK", ImportBenchmark.generate(words, 2));
        long started = System.nanoTime();
        List<Long> leftClaims = markClaims(app, left, claimsPerAccount);
        List<Long> rightClaims = markClaims(app, right, claimsPerAccount);
        PairingService pairing = app.getBean(PairingService.class);
        for (int i = 0; i < claimsPerAccount / 4; i++) {
            pairing.link(new NewPair(
                    leftClaims.get(i * 4),
                    rightClaims.get(i * 4),
                    i % 3 == 0 ? Relation.CONSISTENT : Relation.CONTRADICTS,
                    "Benchmark rationale " + i,
                    "topic " + (i % 7)));
        }
        System.out.printf(
                Locale.ROOT,
                "%n%,d words and %,d claims per account, %,d pairs (set up in %.1f s)%n",
                words,
                claimsPerAccount,
                claimsPerAccount / 4,
                (System.nanoTime() - started) / 1e9);

        String url = base + "/meetings/" + meetingId + "/compare?left=" + left + "&right=" + right;
        if ("cold".equals(System.getenv("BENCHMARK_PARTS"))) {
            coldOpen(app, browser, base, url, 2 * claimsPerAccount);
            return;
        }
        WorkspaceService workspaces = app.getBean(WorkspaceService.class);
        JsonMapper json = app.getBean(JsonMapper.class);
        double[] server = new double[REPEAT + 2];
        long payload = 0;
        for (int i = 0; i < server.length; i++) {
            long t = System.nanoTime();
            Workspace w = workspaces.open(meetingId, left, right);
            payload = workspaces.marks(meetingId, w.left().id(), w.right().id()).stream()
                    .mapToInt(List::size)
                    .sum();
            server[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "  server time to read the workspace and both columns' claims: median %.0f ms (%,d claims; the texts load separately)%n",
                median(Arrays.copyOfRange(server, 2, server.length)),
                payload);

        double[] visible = new double[REPEAT];
        double[] driven = new double[REPEAT];
        long[] bytes = new long[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            try (BrowserContext context =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
                Page page = context.newPage();
                signIn(page, base);
                AtomicLong received = new AtomicLong();
                page.onRequestFinished(r -> {
                    String type = r.response() == null ? null : r.response().headerValue("content-type");
                    if (type != null && type.contains("json")) {
                        received.addAndGet(r.sizes().responseBodySize);
                    }
                });
                page.onWebSocket(ws -> ws.onFrameReceived(
                        f -> received.addAndGet(f.text() == null ? 0 : f.text().length())));
                page.navigate(base + "/meetings/" + meetingId);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare accounts side by side"))
                        .waitFor();
                received.set(0);
                boolean trace = i == 1 && System.getenv("BENCHMARK_TRACE") != null;
                if (trace) {
                    browser.startTracing(
                            page,
                            new Browser.StartTracingOptions()
                                    .setPath(Path.of(System.getenv("BENCHMARK_TRACE"), "open-" + words + ".json")));
                }
                page.evaluate(OPENING_CLOCK, claimsPerAccount);
                long t = System.nanoTime();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare accounts side by side"))
                        .click();
                visible[i] = ((Number) page.evaluate("() => window.parallaxOpened")).doubleValue();
                driven[i] = (System.nanoTime() - t) / 1e6;
                if (trace) {
                    browser.stopTracing();
                }
                page.waitForTimeout(300);
                bytes[i] = received.get();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  click on \"Compare\" until both texts and all highlights are visible: median %.0f ms (min %.0f, max %.0f; "
                        + "timed in the page to the frame that paints them; driven by Playwright: median %.0f ms)%n",
                median(visible),
                Arrays.stream(visible).min().orElse(0),
                Arrays.stream(visible).max().orElse(0),
                median(driven));
        System.out.printf(
                Locale.ROOT,
                "  bytes sent to the browser for the view (UIDL, column JSON as transferred, push frames): median %.1f KiB%n",
                median(Arrays.stream(bytes).mapToDouble(b -> b / 1024.0).toArray()));

        coldOpen(app, browser, base, url, 2 * claimsPerAccount);

        // Session memory: heap held by SESSIONS open comparison screens, per session.
        List<BrowserContext> open = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                // The columns and the gutter record where the browser's time goes only when asked to.
                context.addInitScript("window.parallaxTimings = []");
                open.add(context);
                signIn(context.newPage(), base);
            }
            long before = settledHeap();
            for (BrowserContext context : open) {
                Page page = context.pages().getFirst();
                page.navigate(url);
                waitForHighlights(page, claimsPerAccount);
            }
            long after = settledHeap();
            System.out.printf(
                    Locale.ROOT,
                    "  session memory added by an open comparison: %.2f MiB (heap delta, %d signed-in sessions moved from the meetings list)%n",
                    (after - before) / (double) SESSIONS / 1048576.0,
                    SESSIONS);

            // The round trips are timed with one reviewer on the meeting: on this 2-core machine the other
            // sessions' browsers, redrawing every change live, would compete with the measured one for CPU.
            while (open.size() > 1) {
                open.removeLast().close();
            }
            Page page = open.getFirst().pages().getFirst();
            Locator leftText = page.locator("parallax-annotated").nth(0);
            Locator rightText = page.locator("parallax-annotated").nth(1);
            double[] mark = new double[ROUND_TRIPS];
            double[] link = new double[ROUND_TRIPS];
            List<double[]> linkInPage = new ArrayList<>();
            for (int i = 0; i < ROUND_TRIPS; i++) {
                String leftPassage = unmarkedPassage(app, left, i);
                String rightPassage = unmarkedPassage(app, right, i);
                boolean trace = i == 1 && System.getenv("BENCHMARK_TRACE") != null;
                if (trace) {
                    // A Chrome performance trace of one warm mark and link (open it in chrome://tracing or Perfetto).
                    browser.startTracing(
                            page,
                            new Browser.StartTracingOptions()
                                    .setPath(Path.of(
                                            System.getenv("BENCHMARK_TRACE"), "mark-and-link-" + words + ".json"))
                                    .setCategories(TRACE_CATEGORIES));
                }
                mark[i] = markInBrowser(page, leftText, leftPassage);
                markInBrowser(page, rightText, rightPassage);
                leftText.locator("mark", new Locator.LocatorOptions().setHasText(leftPassage))
                        .first()
                        .click();
                rightText
                        .locator("mark", new Locator.LocatorOptions().setHasText(rightPassage))
                        .first()
                        .click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link chosen claims"))
                        .click();
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rationale"))
                        .fill("Benchmark link " + i);
                Locator confirm =
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link as draft pair"));
                settled(page, confirm);
                page.evaluate(
                        IN_PAGE_CLOCK,
                        List.of(".state-paired", leftPassage.substring(0, Math.min(40, leftPassage.length()))));
                long t = System.nanoTime();
                Response answer = page.waitForResponse(r -> r.url().contains("v-r=uidl"), confirm::click);
                LINK_SERVER.add(answer.request().timing().responseStart
                        - answer.request().timing().requestStart);
                if (trace) {
                    Files.writeString(Path.of(System.getenv("BENCHMARK_TRACE"), "link-answer.json"), answer.text());
                }
                double[] inPage = inPage(page);
                link[i] = (System.nanoTime() - t) / 1e6;
                linkInPage.add(inPage);
                if (trace) {
                    browser.stopTracing();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "  mark a claim, click on \"Mark claim\" → highlight painted: median %.0f ms; "
                            + "→ confirmed by the server and repainted: median %.0f ms (timed in the page, %d times; "
                            + "driven by Playwright: %.0f ms, its click returning after %.0f ms)%n",
                    median(IN_PAGE_MARK, 0),
                    median(IN_PAGE_MARK, 1),
                    ROUND_TRIPS,
                    median(mark),
                    median(RESPONSE_TIMES.stream()
                            .mapToDouble(Double::doubleValue)
                            .toArray()));
            System.out.printf(
                    Locale.ROOT,
                    "    of which the server's answer to the mark request (request sent → first byte): median %.0f ms%n",
                    median(MARK_SERVER.stream().mapToDouble(Double::doubleValue).toArray()));
            RESPONSE_TIMES.clear();
            IN_PAGE_MARK.clear();
            MARK_SERVER.clear();
            System.out.printf(
                    Locale.ROOT,
                    "  link a pair, click on \"Link as draft pair\" → both highlights repainted: median %.0f ms; "
                            + "→ confirmed by the server: median %.0f ms (timed in the page; driven by Playwright: %.0f ms)%n",
                    median(linkInPage, 0),
                    median(linkInPage, 1),
                    median(link));
            System.out.printf(
                    Locale.ROOT,
                    "    of which the server's answer to the link request (request sent → first byte): median %.0f ms%n",
                    median(LINK_SERVER.stream().mapToDouble(Double::doubleValue).toArray()));
            LINK_SERVER.clear();
            Object timings = page.evaluate("() => { const t = window.parallaxTimings || []; const by = {}; "
                    + "t.forEach(([k, v]) => (by[k] = by[k] || []).push(v)); const out = {}; "
                    + "Object.keys(by).forEach(k => { const s = by[k].sort((a, b) => a - b); out[k] = "
                    + "`${s.length} runs, median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`; }); "
                    + "return JSON.stringify(out); }");
            System.out.printf(
                    Locale.ROOT,
                    "  browser time in this session's column renders and connector drawing: %s%n",
                    timings);
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private static double markInBrowser(Page page, Locator text, String passage) {
        MouseSelection.drag(page, text, passage);
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claim"));
        settled(page, confirm);
        page.evaluate(IN_PAGE_CLOCK, List.of("", passage.substring(0, Math.min(40, passage.length()))));
        long t = System.nanoTime();
        Response answer = page.waitForResponse(r -> r.url().contains("v-r=uidl"), confirm::click);
        RESPONSE_TIMES.add((System.nanoTime() - t) / 1e6);
        MARK_SERVER.add(
                answer.request().timing().responseStart - answer.request().timing().requestStart);
        double[] inPage = inPage(page);
        double total = (System.nanoTime() - t) / 1e6;
        IN_PAGE_MARK.add(inPage);
        return total;
    }

    /** [click → painted, click → confirmed] from the page's clock. */
    private static double[] inPage(Page page) {
        page.evaluate("() => window.parallaxClock.done");
        return new double[] {
            ((Number) page.evaluate("() => window.parallaxClock.painted")).doubleValue(),
            ((Number) page.evaluate("() => window.parallaxClock.confirmed")).doubleValue()
        };
    }

    private static double median(List<double[]> values, int index) {
        return median(values.stream().mapToDouble(v -> v[index]).toArray());
    }

    /** Lets the dialog finish opening, so the timed part is the round trip and not the dialog's animation. */
    private static void settled(Page page, Locator button) {
        button.waitFor();
        page.waitForTimeout(600);
    }

    /** A sentence near the top of the text that carries no claim yet, so it is on screen and selectable. */
    private static String unmarkedPassage(ConfigurableApplicationContext app, long accountId, int nth) {
        String text = app.getBean(AccountService.class).text(accountId);
        var claimed = app.getBean(ClaimService.class).ofAccount(accountId);
        int found = 0;
        for (Sentence s : SentenceSplitter.split(text)) {
            boolean free = claimed.stream().noneMatch(c -> c.start() < s.end() && c.end() > s.start());
            String sentence = text.substring(s.start(), s.end());
            if (free
                    && sentence.length() > 30
                    && !sentence.contains("\n")
                    && text.indexOf(sentence) == s.start()
                    && found++ == nth) {
                return sentence;
            }
        }
        throw new IllegalStateException("no free sentence");
    }

    private static void waitForHighlights(Page page, int claims) {
        page.waitForFunction(
                "n => [...document.querySelectorAll('parallax-annotated')].length === 2 && "
                        + "[...document.querySelectorAll('parallax-annotated')].every(el => el.querySelectorAll('mark[tabindex]').length >= n)",
                claims,
                new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(10));
    }

    private static long account(ConfigurableApplicationContext app, long meetingId, String party, String text) {
        return app.getBean(AccountService.class)
                .add(new NewAccount(
                        meetingId,
                        new AccountMetadata(
                                party,
                                party + " benchmark account",
                                null,
                                null,
                                null,
                                null,
                                "en",
                                AccountKind.OFFICIAL_STATEMENT),
                        text))
                .account()
                .id();
    }

    /** Sentences at the top of each text left without claims, enough for every round trip's new claim. */
    static final int FREE_SENTENCES = 3 * ROUND_TRIPS;

    /** Marks every n-th sentence, spread over the whole text, except the first few (kept free for the round trips). */
    private static List<Long> markClaims(ConfigurableApplicationContext app, long accountId, int count) {
        String text = app.getBean(AccountService.class).text(accountId);
        List<Sentence> sentences = SentenceSplitter.split(text);
        ClaimService claims = app.getBean(ClaimService.class);
        List<Long> ids = new ArrayList<>();
        int step = Math.max(1, (sentences.size() - FREE_SENTENCES) / count);
        for (int i = FREE_SENTENCES; i < sentences.size() && ids.size() < count; i += step) {
            Sentence s = sentences.get(i);
            ids.add(claims.mark(new NewClaim(
                            accountId,
                            s.start(),
                            s.end(),
                            text.substring(s.start(), s.end()),
                            null,
                            null,
                            ClaimKind.FACT))
                    .id());
        }
        return ids;
    }

    private static void signIn(ConfigurableApplicationContext app) {
        BenchmarkApp.signIn(app, "reviewer");
    }

    /**
     * A shared comparison link opened cold: a new browser context signed in through the login page, then the
     * link typed into a new tab, from navigation start to the frame in which every highlight of both columns
     * is drawn. Nothing of the comparison is in the browser beforehand; only what the login page loaded is.
     * Timed as shipped and, taking turns with it, the way it opened before: the page without the screen in it
     * (Vaadin's client asks for it once started, and only then finds the texts and scripts to load).
     */
    private static void coldOpen(
            ConfigurableApplicationContext app, Browser browser, String base, String url, int marks) {
        VaadinService vaadin = app.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(s -> ((VaadinServlet) s).getService())
                .findFirst()
                .orElseThrow();
        BootstrapInitialPredicate shipped = vaadin.getBootstrapInitialPredicate();
        double[] cold = new double[REPEAT];
        double[] before = new double[REPEAT];
        try {
            for (int i = 0; i < REPEAT; i++) {
                vaadin.setBootstrapInitialPredicate(shipped);
                cold[i] = coldOpenOnce(browser, base, url, marks, i == 1);
                vaadin.setBootstrapInitialPredicate(request -> false);
                before[i] = coldOpenOnce(browser, base, url, marks, false);
            }
        } finally {
            vaadin.setBootstrapInitialPredicate(shipped);
        }
        System.out.printf(
                Locale.ROOT,
                "  cold open of the link (new tab of a signed-in browser, navigation start until every highlight is "
                        + "drawn): median %.0f ms (min %.0f, max %.0f); the screen fetched after the page, as before: "
                        + "median %.0f ms (min %.0f, max %.0f)%n",
                median(cold),
                Arrays.stream(cold).min().orElse(0),
                Arrays.stream(cold).max().orElse(0),
                median(before),
                Arrays.stream(before).min().orElse(0),
                Arrays.stream(before).max().orElse(0));
    }

    private static double coldOpenOnce(Browser browser, String base, String url, int marks, boolean traced) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            signIn(context.newPage(), base);
            Page page = context.newPage();
            boolean trace = traced && System.getenv("BENCHMARK_TRACE") != null;
            if (trace) {
                browser.startTracing(
                        page,
                        new Browser.StartTracingOptions()
                                .setPath(Path.of(System.getenv("BENCHMARK_TRACE"), "cold-open-" + marks + ".json"))
                                .setCategories(TRACE_CATEGORIES));
            }
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            page.waitForFunction(
                    "n => document.querySelectorAll('parallax-annotated mark').length >= n",
                    marks,
                    new Page.WaitForFunctionOptions().setPollingInterval(16).setTimeout(120_000));
            double opened = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            if (trace) {
                browser.stopTracing();
            }
            return opened;
        }
    }

    private static void signIn(Page page, String base) {
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill("reviewer");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("parallax-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-grid");
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private CompareBenchmark() {}
}
