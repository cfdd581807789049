package org.parallax.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chromium for the browser tests. A system Chromium (Debian's /usr/bin/chromium, or the one named by
 * PARALLAX_CHROMIUM) is used as it is and Playwright downloads nothing; where there is none, Playwright
 * fetches and uses its own browser.
 */
public final class Browsers {

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private Browsers() {}

    public static Playwright playwright() {
        Map<String, String> env = new HashMap<>();
        if (systemChromium().isPresent()) {
            env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    public static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        systemChromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    static Optional<Path> systemChromium() {
        String configured = System.getenv("PARALLAX_CHROMIUM");
        Stream<String> candidates = configured != null && !configured.isBlank()
                ? Stream.of(configured)
                : Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
