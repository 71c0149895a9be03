package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsDirectoryTest {

    @TempDir
    Path folder;

    private final Fixtures.CapturedLog captured = new Fixtures.CapturedLog();

    private Results read(Path directory) throws IOException {
        return new ResultsDirectory(directory, captured.log).read();
    }

    private Path resultsFile(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    @Test
    @DisplayName("Parts come in the benchmark's order, then by name; a part with no order comes last")
    void order() throws IOException {
        Results results = read(Fixtures.resultsDirectory());
        assertThat(results.parts()).extracting(Part::part).containsExactly("limits", "writes", "reads", "footprint");
    }

    @Test
    @DisplayName("Each measure is a latency measure or a value measure, with its target and ceiling as written")
    void measures() throws IOException {
        Part writes = read(Fixtures.resultsDirectory()).parts().get(1);
        assertThat(writes.displayTitle()).isEqualTo("Writes through the API at fixed arrival rates");
        assertThat(writes.notes()).hasSize(2);
        assertThat(writes.latencyMeasures()).extracting(Measure::id)
                .containsExactly("notes-50", "notes-100", "notes-200");
        assertThat(writes.valueMeasures()).extracting(Measure::id).containsExactly("note-throughput");

        Measure notes50 = writes.measures().get(0);
        assertThat(notes50.count()).isEqualTo(1500);
        assertThat(notes50.rate()).isEqualTo(50.0);
        assertThat(notes50.p999()).isEqualTo(30.4);
        assertThat(notes50.samplesFile()).contains("writes-notes-50.samples");
        assertThat(notes50.target()).isEqualTo(new Target(Metric.P99, null, 20.0, "p99 under 20 ms"));

        Measure closedLoop = writes.measures().get(3);
        assertThat(closedLoop.value()).isEqualTo(1012.0);
        assertThat(closedLoop.ceiling()).isEqualTo(new Ceiling("plain-insert", 0.23));
        assertThat(closedLoop.target().metric()).isEqualTo(Metric.RATIO);
    }

    @Test
    @DisplayName("machine.json is the machine, field by field in its order, including fields the report does not know")
    void machine() throws IOException {
        Results results = read(Fixtures.resultsDirectory());
        assertThat(results.machine()).hasValueSatisfying(machine -> {
            assertThat(machine.fields().keySet()).startsWith("date", "command", "cores").endsWith("commit");
            assertThat(machine.field("cores")).contains("2");
            assertThat(machine.field("durationSeconds")).contains("1100");
        });
        assertThat(results.measure("plain-insert")).hasValueSatisfying(measure ->
                assertThat(measure.displayLabel()).isEqualTo("Plain Quarkus insert endpoint"));
    }

    @Test
    @DisplayName("A single note written as a string is read as a list of one")
    void singleNote() throws IOException {
        Part reads = read(Fixtures.resultsDirectory()).parts().get(2);
        assertThat(reads.notes()).containsExactly("One note, written as a plain string rather than a list.");
    }

    @Test
    @DisplayName("No machine.json is a warning, not a failure; a file that is not JSON is named in the failure")
    void missingMachineAndBrokenFile() throws IOException {
        resultsFile("reads.json", "{\"part\": \"reads\", \"measures\": []}");
        assertThat(read(folder).machine()).isEmpty();
        assertThat(captured.log.warnings()).anySatisfy(warning -> assertThat(warning).contains("machine.json"));

        resultsFile("broken.json", "{\"part\": \"broken\", \"measures\": [");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(ResultsDirectory.InvalidResultsException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    @DisplayName("A measure that is neither a latency nor a value stops the report, naming file and measure")
    void neitherKind() throws IOException {
        resultsFile("odd.json", "{\"part\": \"odd\", \"measures\": [{\"id\": \"x\", \"label\": \"Something\"}]}");
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("odd.json")
                .hasMessageContaining("'Something'").hasMessageContaining("neither");
    }

    @Test
    @DisplayName("A target needs a known metric and a bound")
    void targets() throws IOException {
        Path file = resultsFile("t.json", "{\"part\": \"t\", \"measures\": [{\"id\": \"x\", \"value\": 1,"
                + " \"target\": {\"metric\": \"p95\", \"max\": 1}}]}");
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("t.json").hasMessageContaining("p95");

        Files.writeString(file, "{\"part\": \"t\", \"measures\": [{\"id\": \"x\", \"value\": 1,"
                + " \"target\": {\"metric\": \"value\"}}]}");
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("neither a min nor a max");
    }

    @Test
    @DisplayName("A part's name becomes a file name, so it may not wander out of the images folder")
    void partNames() throws IOException {
        resultsFile("evil.json", "{\"part\": \"../evil\", \"measures\": []}");
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("evil.json").hasMessageContaining("'part'");
    }

    @Test
    @DisplayName("Two files for one part stop the report rather than one silently replacing the other")
    void duplicateParts() throws IOException {
        resultsFile("a.json", "{\"part\": \"writes\", \"measures\": []}");
        resultsFile("b.json", "{\"part\": \"writes\", \"measures\": []}");
        assertThatThrownBy(() -> read(folder)).hasMessageContaining("b.json").hasMessageContaining("a.json");
    }

    @Test
    @DisplayName("A results directory that is not there fails at once")
    void noDirectory() {
        assertThatThrownBy(() -> read(folder.resolve("nowhere"))).isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere");
    }
}
