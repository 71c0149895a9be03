package io.casework.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a run's results directory into the percentile plots and the generated section of docs/benchmarks.md:
 * <pre>
 *   ./mvnw -q -pl benchmarks/report exec:java \
 *       -Dexec.args="&lt;results dir&gt; docs/benchmarks.md docs/images/benchmarks"
 * </pre>
 * scripts/benchmark.sh runs it at the end of a run; it can be run again on a kept results directory to redraw.
 */
public final class BenchmarkReport {

    static final String USAGE = "usage: BenchmarkReport <results dir> <docs/benchmarks.md> <images dir>";

    private final ReportLog log;

    public BenchmarkReport(ReportLog log) {
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        // Before anything touches AWT: there is no display where benchmarks run, and JFreeChart draws through AWT.
        System.setProperty("java.awt.headless", "true");
        if (args.length != 3) {
            System.err.println(USAGE);
            System.exit(2);
        }
        new BenchmarkReport(new ReportLog(System.out, System.err))
                .run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Reads the results, draws the plots, then writes the document, which links only the plots that were drawn. */
    public void run(Path resultsDirectory, Path markdownFile, Path imagesDirectory) throws IOException {
        ResultsDirectory directory = new ResultsDirectory(resultsDirectory, log);
        Results results = directory.read();
        BenchmarksDocument document = new BenchmarksDocument(markdownFile);

        Files.createDirectories(imagesDirectory);
        Map<String, String> plotLinks = new LinkedHashMap<>();
        LatencySamples samples = new LatencySamples(log);
        for (Part part : results.parts()) {
            Optional<Path> plot = plot(part, directory, samples, imagesDirectory);
            plot.ifPresent(png -> plotLinks.put(part.part(), document.linkTo(png)));
        }

        MarkdownReport report = new MarkdownReport(results, plotLinks);
        boolean created = document.write(report.render());
        log.info((created ? "created " : "updated ") + markdownFile + ": " + results.parts().size() + " part(s), "
                + report.targetsMet() + " of " + report.targets() + " target(s) met");
    }

    private Optional<Path> plot(Part part, ResultsDirectory directory, LatencySamples samples, Path imagesDirectory)
            throws IOException {
        List<PercentilePlot.Line> lines = new ArrayList<>();
        for (Measure measure : part.measures()) {
            Optional<String> samplesFile = measure.samplesFile();
            if (samplesFile.isEmpty()) {
                continue;
            }
            String name = part.part() + "/" + (measure.id() != null ? measure.id() : measure.displayLabel());
            samples.read(directory.samplesPath(samplesFile.get()), name)
                    .ifPresent(latencies -> lines.add(new PercentilePlot.Line(measure.displayLabel(), latencies)));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Path png = imagesDirectory.resolve(part.part() + ".png");
        new PercentilePlot(part.displayTitle(), lines).writePng(png);
        log.info("wrote " + png + ": " + lines.size() + " line(s)");
        return Optional.of(png);
    }
}
