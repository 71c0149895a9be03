package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole report, run on the results directory in src/test/resources as scripts/benchmark.sh would run it. */
class BenchmarkReportTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path repository;

    private final Fixtures.CapturedLog captured = new Fixtures.CapturedLog();

    private void runReport(Path markdown, Path images) throws IOException {
        new BenchmarkReport(captured.log).run(Fixtures.resultsDirectory(), markdown, images);
    }

    @Test
    @DisplayName("Renders the fixture: the tables' rows and verdicts, a link per plot, and real PNGs")
    void rendersFixture() throws IOException {
        Path markdown = repository.resolve("docs/benchmarks.md");
        Path images = repository.resolve("docs/images/benchmarks");
        runReport(markdown, images);

        String document = Files.readString(markdown);
        assertThat(document).contains(
                "### Machine and command",
                "| createCaseNote, 50 a second | 1,500 | 0 | 50 | 49.8 | 7.2 ms | 17.2 ms | 30.4 ms | 39.1 ms | –"
                        + " | met: p99 under 20 ms (17.2 ms) |",
                "| createCaseNote, 100 a second | 3,000 | 2 | 100 | 99.1 | 12.0 ms | 55.3 ms | 75.1 ms | 90.3 ms",
                "**missed**: p99 under 20 ms (55.3 ms)",
                "| createCaseNote, 200 a second | 6,000 | 0 | 200 | 188 | 31.5 ms | 140 ms | 260 ms | 1,313 ms"
                        + " | – | – |",
                "| PostgreSQL single-row inserts, synchronous commit | 4,321 inserts/s | – | – |",
                "| Court chronology, 200 entries | 386 reads/s | – | met: at least 300 a second (386 reads/s) |",
                "| case-notes-service resident memory under load | 412 MiB | – | met: within the pod's 512 Mi"
                        + " (412 MiB) |",
                "4 of 6 targets met.",
                "| Writes through the API at fixed arrival rates | createCaseNote, closed loop | half the plain insert"
                        + " | 0.23 of the ceiling | **missed** |");
        assertThat(document).contains(
                "![Limits of the machine](images/benchmarks/limits.png)",
                "![Writes through the API at fixed arrival rates](images/benchmarks/writes.png)");
        // Reads and Footprint have no samples: no plot, no link.
        assertThat(document).doesNotContain("reads.png", "footprint.png");

        for (String part : new String[] {"limits", "writes"}) {
            Path png = images.resolve(part + ".png");
            assertThat(png).isRegularFile();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(PNG_SIGNATURE.length);
            assertThat(bytes).startsWith(PNG_SIGNATURE);
        }
        assertThat(images.resolve("reads.png")).doesNotExist();
    }

    @Test
    @DisplayName("A missing samples file is said in the log, and the run still succeeds and says where it wrote")
    void tellsWhatItDid() throws IOException {
        Path markdown = repository.resolve("docs/benchmarks.md");
        runReport(markdown, repository.resolve("docs/images/benchmarks"));

        assertThat(captured.log.warnings()).singleElement().asString()
                .contains("writes/notes-200").contains("writes-notes-200.samples");
        assertThat(captured.out()).contains("wrote " + repository.resolve("docs/images/benchmarks/writes.png"))
                .contains("created " + markdown).contains("4 of 6 target(s) met");
    }

    @Test
    @DisplayName("The same results give the same bytes, images and document alike, so a re-run changes nothing")
    void deterministic() throws IOException {
        Path markdown = repository.resolve("docs/benchmarks.md");
        Path images = repository.resolve("docs/images/benchmarks");
        runReport(markdown, images);
        byte[] firstPlot = Files.readAllBytes(images.resolve("writes.png"));
        String firstDocument = Files.readString(markdown);

        runReport(markdown, images);
        assertThat(Files.readAllBytes(images.resolve("writes.png"))).isEqualTo(firstPlot);
        assertThat(Files.readString(markdown)).isEqualTo(firstDocument);
    }

    @Test
    @DisplayName("An existing document keeps its own prose around the regenerated section")
    void keepsProse() throws IOException {
        Path markdown = repository.resolve("docs/benchmarks.md");
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, "# Benchmarks\n\nOur reading of the figures.\n\n" + BenchmarksDocument.START
                + "\nstale\n" + BenchmarksDocument.END + "\n\n## What we changed after\n");
        runReport(markdown, repository.resolve("docs/images/benchmarks"));

        String document = Files.readString(markdown);
        assertThat(document).startsWith("# Benchmarks\n\nOur reading of the figures.\n\n" + BenchmarksDocument.START)
                .endsWith(BenchmarksDocument.END + "\n\n## What we changed after\n")
                .doesNotContain("stale");
    }
}
