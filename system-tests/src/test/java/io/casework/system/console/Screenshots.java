package io.casework.system.console;

import com.microsoft.playwright.Page;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Pictures of the views the tests visit, for a reviewer to look at without running the suite: at the two viewports,
 * a picture shows a layout fault that no assertion describes. They are build output, kept with the test reports.
 */
public final class Screenshots {

    /** Surefire runs tests in the module's folder, so this is system-tests/target/screenshots. */
    private static final Path FOLDER = Path.of("target", "screenshots");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Screenshots() {
    }

    /**
     * Saves the whole page, below the fold too, as {@code <name>.png}, replacing an earlier picture of that name.
     * Name it for the view and viewport ({@code approval-inbox-tablet}) so that runs overwrite rather than pile up.
     */
    public static Path save(Page page, String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a screenshot's name is letters, digits, '.', '-' and '_': " + name);
        }
        Path file = FOLDER.resolve(name + ".png");
        // Playwright creates the folder.
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
