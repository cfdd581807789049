package org.parallax.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the Playwright tests: the real app on a random port (with the demo data) and a fresh
 * Chromium context per test; {@link SignedIn} sets up data through the services as a given user.
 * A screenshot of every test's last page lands in target/playwright/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({SignedIn.class, TestData.class})
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private String testName;
    private final List<BrowserContext> extraContexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = getClass().getSimpleName() + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("test");
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "playwright", testName + ".png")));
            for (int i = 0; i < extraContexts.size(); i++) {
                extraContexts
                        .get(i)
                        .pages()
                        .getFirst()
                        .screenshot(new Page.ScreenshotOptions()
                                .setPath(Path.of("target", "playwright", testName + "-person" + (i + 2) + ".png")));
            }
        } finally {
            extraContexts.forEach(BrowserContext::close);
            extraContexts.clear();
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the real login page. */
    protected void signIn(String username, String password) {
        signIn(page, url(""), username, password);
    }

    /** Signs in on another page (another browser context, or another app instance at {@code base}). */
    public static void signIn(Page on, String base, String username, String password) {
        on.navigate(base + "/login");
        on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        on.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(password);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        // Signed in (away from /login) or refused (/login?error).
        on.waitForURL(u -> !u.contains("/login") || u.contains("error"));
    }

    /** A second person: a separate browser context, with its own cookies and session. */
    protected Page secondPerson() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        other.setDefaultTimeout(15_000);
        extraContexts.add(other);
        return other.newPage();
    }
}
