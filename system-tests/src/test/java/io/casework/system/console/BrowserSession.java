package io.casework.system.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for a test class, from which each person signing in gets a page of their own.
 *
 * <p>The browser is Debian's (scripts/browser.sh installs it; {@code CHROMIUM_PATH} names another), never one Playwright
 * downloads: the download comes from a CDN that CI machines and councils' build servers may not reach. Launching costs
 * a second or two, so a class launches once ({@code @BeforeAll}, or a static field with JUnit's {@code @AutoClose})
 * and closes the session when done; closing ends every page it opened.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    /**
     * Without the background-networking flags Chromium calls Google's services as it starts (component updates, sync,
     * QUIC probes): a test must not depend on the internet, and where the network refuses those calls they only add
     * errors and delay. Chromium will not run as root with its sandbox, as in CI containers; the pages are the suite's own.
     */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium headless; fails with what to run when it is not installed. */
    public static BrowserSession launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("no Chromium at " + CHROMIUM + ": run scripts/browser.sh, or set CHROMIUM_PATH");
        }
        // Playwright's driver would otherwise fetch browsers of its own on first use. Surefire's system-tests profile
        // sets the variable too, for any Playwright created another way.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
            return new BrowserSession(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A page in a context of its own: no cookies, storage or Keycloak session shared with any other page, so two
     * people signed in at once (a worker and the manager who approves) stay two people. Dates and numbers are shown
     * as in England, where the councils are.
     */
    public Page newPage(Viewport viewport) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setHasTouch(viewport.touch)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        return context.newPage();
    }

    /** The Chromium version, for a test's report of what it ran on. */
    public String browserVersion() {
        return browser.version();
    }

    @Override
    public void close() {
        // Closing the driver also ends the browser and every context; closing the browser first keeps its exit clean.
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
