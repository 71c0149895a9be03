package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LatencySamplesTest {

    @TempDir
    Path folder;

    private final ReportLog log = new ReportLog(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
    private final LatencySamples samples = new LatencySamples(log);

    @Test
    @DisplayName("One latency a line in microseconds; blank lines and surrounding spaces are ignored")
    void reads() throws IOException {
        Path file = Files.writeString(folder.resolve("a.samples"), "7100\n  20300 \n\n55000\n");
        Optional<LatencyDistribution> latencies = samples.read(file, "writes/notes-50");
        assertThat(latencies).hasValueSatisfying(read -> {
            assertThat(read.count()).isEqualTo(3);
            assertThat(read.minMillis()).isEqualTo(7.1);
            assertThat(read.maxMillis()).isEqualTo(55.0);
        });
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    @DisplayName("A missing file means no line on the plot and a warning naming the measure, not a failure")
    void missing() throws IOException {
        assertThat(samples.read(folder.resolve("none.samples"), "writes/notes-200")).isEmpty();
        assertThat(log.warnings()).singleElement().asString()
                .contains("writes/notes-200").contains("none.samples").contains("missing");
    }

    @Test
    @DisplayName("A half-written last line is skipped and counted; the rest of the run is still drawn")
    void halfWritten() throws IOException {
        Path file = Files.writeString(folder.resolve("cut.samples"), "1000\n2000\n-5\n30x");
        assertThat(samples.read(file, "writes/notes-100")).hasValueSatisfying(read ->
                assertThat(read.count()).isEqualTo(2));
        assertThat(log.warnings()).singleElement().asString().contains("skipped 2 line(s)").contains("line 3");
    }

    @Test
    @DisplayName("An empty file draws nothing and says so")
    void empty() throws IOException {
        Path file = Files.writeString(folder.resolve("empty.samples"), "\n");
        assertThat(samples.read(file, "reads/worktray")).isEmpty();
        assertThat(log.warnings()).singleElement().asString().contains("holds no latencies");
    }
}
