package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    private static Measure latency(String id, String label, double p99, Target target) {
        return new Measure(id, label, "ms", 1500L, 0L, 50.0, 49.8, 7.1, p99, 40.2, 55.0, null, null, target, null);
    }

    private static Results oneRun(List<Part> parts) {
        return new Results(Path.of("results"), Optional.of(new Machine(Map.of("cores", "2"))), parts);
    }

    @Test
    @DisplayName("A latency row carries every figure, formatted, and the verdict with the label and the actual figure")
    void latencyRow() {
        Target target = new Target(Metric.P99, null, 20.0, "p99 under 20 ms");
        Part writes = new Part("writes", "Writes", 20, List.of(),
                List.of(latency("notes-50", "createCaseNote, 50 a second", 47.2, target)));
        String markdown = new MarkdownReport(oneRun(List.of(writes)), Map.of()).render();

        assertThat(markdown).contains("| Measure | Count | Errors | Rate /s | Throughput /s | p50 | p99 | p99.9 | max"
                + " | Target |");
        assertThat(markdown).contains("| createCaseNote, 50 a second | 1,500 | 0 | 50 | 49.8 | 7.1 ms | 47.2 ms"
                + " | 40.2 ms | 55.0 ms | **missed**: p99 under 20 ms (47.2 ms) |");
    }

    @Test
    @DisplayName("Parts without a plot get no image line; parts with one link it as given")
    void imageLinks() {
        Part limits = new Part("limits", "Limits of the machine", 10, List.of(), List.of(
                new Measure("pgbench", "PostgreSQL inserts", "inserts/s", null, null, null, null,
                        null, null, null, null, 4321.0, null, null, null)));
        Part reads = new Part("reads", "Reads", 30, List.of("A note."), List.of(
                latency("worktray", "Worktray", 3.9, null)));
        String markdown = new MarkdownReport(oneRun(List.of(limits, reads)),
                Map.of("reads", "images/benchmarks/reads.png")).render();

        assertThat(markdown).contains("![Reads](images/benchmarks/reads.png)\n\nA note.\n");
        assertThat(markdown).doesNotContain("limits.png");
        assertThat(markdown).contains("| PostgreSQL inserts | 4,321 inserts/s | – | – |");
    }

    @Test
    @DisplayName("The Targets table lists every measure with a target, in part order, with its verdict")
    void targetsSummary() {
        Target p99 = new Target(Metric.P99, null, 20.0, "p99 under 20 ms");
        Part writes = new Part("writes", "Writes", 20, List.of(), List.of(
                latency("notes-50", "50 a second", 17.2, p99),
                latency("notes-100", "100 a second", 55.3, p99),
                latency("notes-200", "200 a second", 140.2, null)));
        MarkdownReport report = new MarkdownReport(oneRun(List.of(writes)), Map.of());
        String markdown = report.render();

        assertThat(report.targets()).isEqualTo(2);
        assertThat(report.targetsMet()).isEqualTo(1);
        String summary = markdown.substring(markdown.indexOf("### Targets"));
        assertThat(summary).contains("1 of 2 targets met.");
        assertThat(summary).contains("| Writes | 50 a second | p99 under 20 ms | 17.2 ms | met |");
        assertThat(summary).contains("| Writes | 100 a second | p99 under 20 ms | 55.3 ms | **missed** |");
        assertThat(summary).doesNotContain("200 a second");
    }

    @Test
    @DisplayName("A run without machine.json or targets says so in words")
    void nothingRecorded() {
        String markdown = new MarkdownReport(new Results(Path.of("results"), Optional.empty(), List.of()), Map.of())
                .render();
        assertThat(markdown).contains("The run did not record its machine (no machine.json).");
        assertThat(markdown).contains("No measure of this run had a target.");
    }

    @Test
    @DisplayName("The fixture renders the machine table, every part in order and the verdicts the figures call for")
    void fixture() throws IOException {
        Results results = new ResultsDirectory(Fixtures.resultsDirectory(), new Fixtures.CapturedLog().log).read();
        String markdown = new MarkdownReport(results, Map.of()).render();

        assertThat(markdown).contains("| Memory | 24 GiB |", "| Command | `scripts/benchmark.sh` |",
                "| Duration of the run | 18 min 20 s |", "| commit | 4b90a4a |");
        assertThat(markdown.indexOf("### Limits of the machine"))
                .isLessThan(markdown.indexOf("### Writes through the API at fixed arrival rates"));
        assertThat(markdown.indexOf("### Reads")).isLessThan(markdown.indexOf("### Footprint"));
        assertThat(markdown).contains("| createCaseNote, 100 a second | 3,000 | 2 | 100 | 99.1 | 12.0 ms | 55.3 ms"
                + " | 75.1 ms | 90.3 ms | 0.42 of Plain Quarkus insert endpoint"
                + " | **missed**: p99 under 20 ms (55.3 ms) |");
        assertThat(markdown).contains("| createCaseNote, closed loop | 1,012 writes/s | 0.23 of Plain Quarkus insert"
                + " endpoint | **missed**: half the plain insert (0.23 of the ceiling) |");
        // A pipe in a label is escaped, or it would split the row.
        assertThat(markdown).contains("| Worktray page \\| first 20 children | 12,000 |");
    }

    @Test
    @DisplayName("Table cells escape pipes and fold line breaks")
    void cells() {
        assertThat(MarkdownTable.escape("a | b\nc")).isEqualTo("a \\| b c");
        assertThat(MarkdownTable.escape(null)).isEmpty();
    }
}
