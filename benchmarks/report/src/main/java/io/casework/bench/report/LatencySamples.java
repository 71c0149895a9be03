package io.casework.bench.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a samples file: one latency a line, in whole microseconds, as the benchmark's parts write them. A missing or
 * empty file costs the part its plot, not the run its report; a line that is not a number (a run cut short mid-write
 * leaves half a line) is skipped and counted, since the rest of the run is still worth drawing.
 */
public final class LatencySamples {

    private final ReportLog log;

    public LatencySamples(ReportLog log) {
        this.log = log;
    }

    public Optional<LatencyDistribution> read(Path file, String measureName) throws IOException {
        if (!Files.isRegularFile(file)) {
            log.warn("no plot line for " + measureName + ": its samples file " + file + " is missing");
            return Optional.empty();
        }
        long[] micros = new long[1024];
        int count = 0;
        int skipped = 0;
        int firstSkippedLine = 0;
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                Long latency = parseMicros(text);
                if (latency == null) {
                    skipped++;
                    firstSkippedLine = firstSkippedLine == 0 ? lineNumber : firstSkippedLine;
                    continue;
                }
                if (count == micros.length) {
                    micros = Arrays.copyOf(micros, count * 2);
                }
                micros[count++] = latency;
            }
        }
        if (skipped > 0) {
            log.warn(file + ": skipped " + skipped + " line(s) that are not a whole number of microseconds, the first"
                    + " at line " + firstSkippedLine);
        }
        if (count == 0) {
            log.warn("no plot line for " + measureName + ": its samples file " + file + " holds no latencies");
            return Optional.empty();
        }
        return Optional.of(LatencyDistribution.ofMicros(Arrays.copyOf(micros, count)));
    }

    private static Long parseMicros(String text) {
        try {
            long micros = Long.parseLong(text);
            return micros < 0 ? null : micros;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
