package io.casework.system.console;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * Checks a view with axe-core against WCAG 2.2 at levels A and AA, the level the UK's accessibility regulations for
 * public sector bodies ask of a council's services. axe finds only what a machine can see in the page (contrast,
 * names, roles, structure): passing the scan is the floor, not the proof that a screen reader user can do the work.
 */
public final class AccessibilityScan {

    /** axe tags each rule with the versions and levels it belongs to; 2.2 adds to 2.1, which adds to 2.0. */
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityScan() {
    }

    /**
     * Scans what the page shows now, and fails listing every violation with the elements at fault, so that the
     * report alone says what to fix. Scan once the view has finished rendering: axe sees only what is in the page.
     */
    public static void assertNoViolations(Page page, String viewName) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AND_AA).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe could not scan " + viewName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(report(viewName, page.url(), violations));
        }
    }

    private static String report(String viewName, String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder().append(viewName).append(" (").append(url).append(") breaks ")
                .append(violations.size()).append(violations.size() == 1 ? " WCAG rule:" : " WCAG rules:");
        for (Rule rule : violations) {
            report.append("\n  ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append('>');
            for (CheckedNode node : rule.getNodes()) {
                // A target is a list of CSS selectors: one, or one per frame or shadow root on the way to the element.
                // The element's markup follows, for when the selector alone does not say which one it is.
                report.append("\n    ").append(node.getTarget()).append("  ").append(abbreviated(node.getHtml()));
            }
        }
        return report.toString();
    }

    private static String abbreviated(String html) {
        String line = html == null ? "" : html.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
