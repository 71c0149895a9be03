package io.casework.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The small results directory in src/test/resources, and a log the tests can read back. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resultsDirectory() {
        URL results = Fixtures.class.getResource("/results/machine.json");
        if (results == null) {
            throw new IllegalStateException("the test results directory is not on the classpath");
        }
        try {
            return Path.of(results.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log that keeps what it prints, so a test can check what a person running the report would read. */
    static final class CapturedLog {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final ReportLog log = new ReportLog(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
