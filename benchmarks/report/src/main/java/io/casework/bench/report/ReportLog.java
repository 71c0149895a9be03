package io.casework.bench.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report tells whoever ran it: where it wrote what, and what it had to leave out (a missing samples file
 * means a part without a plot, which is worth a line but not a failed run). Warnings are kept for the tests to read.
 */
public final class ReportLog {

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> warnings = new ArrayList<>();

    public ReportLog(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void info(String message) {
        out.println("benchmark-report: " + message);
    }

    public void warn(String message) {
        warnings.add(message);
        err.println("benchmark-report: warning: " + message);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
