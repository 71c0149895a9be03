package io.casework.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Cells are escaped here, once, so that a label with a pipe in it (or a line
 * break) cannot split a row and shift every column after it.
 */
public final class MarkdownTable {

    private final List<String> headings = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** A column of words, aligned left. */
    public MarkdownTable text(String heading) {
        headings.add(heading);
        rightAligned.add(false);
        return this;
    }

    /** A column of numbers, aligned right so that their digits line up. */
    public MarkdownTable number(String heading) {
        headings.add(heading);
        rightAligned.add(true);
        return this;
    }

    public MarkdownTable row(List<String> cells) {
        if (cells.size() != headings.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headings.size() + " columns: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public MarkdownTable row(String... cells) {
        return row(List.of(cells));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        StringBuilder table = new StringBuilder();
        line(table, headings);
        List<String> rule = new ArrayList<>();
        rightAligned.forEach(right -> rule.add(right ? "---:" : ":---"));
        table.append("| ").append(String.join(" | ", rule)).append(" |\n");
        rows.forEach(row -> line(table, row));
        return table.toString();
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("|");
        cells.forEach(cell -> table.append(' ').append(escape(cell)).append(" |"));
        table.append('\n');
    }

    /** A cell's text made safe inside a row: pipes escaped, line breaks folded into spaces. */
    public static String escape(String cell) {
        if (cell == null || cell.isBlank()) {
            return "";
        }
        return cell.strip().replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }
}
