package io.casework.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The generated section of docs/benchmarks.md: the machine and command, each part's table, plot and notes in the
 * benchmark's order, and every target's verdict gathered at the end so that a reader sees at once what was missed.
 */
public final class MarkdownReport {

    /** What an empty cell shows: a dash reads as "not measured", a blank cell as a rendering fault. */
    static final String NONE = "–";

    /** machine.json's fields the report knows, in the order a reader wants them, with their names in words. */
    private static final Map<String, String> MACHINE_FIELDS = machineFields();

    private final Results results;
    private final Map<String, String> plotLinks;

    /**
     * @param plotLinks each plotted part's image, by part name, as a link relative to the Markdown file; a part
     *                  without one (no samples, or all its samples files missing) gets no image line
     */
    public MarkdownReport(Results results, Map<String, String> plotLinks) {
        this.results = results;
        this.plotLinks = Map.copyOf(plotLinks);
    }

    public String render() {
        StringBuilder section = new StringBuilder();
        machine(section);
        results.parts().forEach(part -> part(section, part));
        targets(section);
        return section.toString();
    }

    /** How many of the run's targets were met, and of how many: for the log line. */
    public long targetsMet() {
        return verdicts().stream().filter(row -> row.verdict().met()).count();
    }

    public long targets() {
        return verdicts().size();
    }

    private void machine(StringBuilder section) {
        section.append("### Machine and command\n\n");
        Optional<Machine> recorded = results.machine();
        if (recorded.isEmpty()) {
            section.append("The run did not record its machine (no ").append(ResultsDirectory.MACHINE_FILE)
                    .append(").\n\n");
            return;
        }
        Machine machine = recorded.get();
        MarkdownTable table = new MarkdownTable().text("What").text("This run");
        MACHINE_FIELDS.forEach((field, name) ->
                machine.field(field).ifPresent(value -> table.row(name, machineValue(field, value))));
        // Fields the report does not know yet are the benchmark saying more: show them under their own names.
        machine.fields().forEach((field, value) -> {
            if (!MACHINE_FIELDS.containsKey(field) && !value.isBlank()) {
                table.row(field, value);
            }
        });
        section.append(table.render()).append('\n');
    }

    private static String machineValue(String field, String value) {
        return switch (field) {
            case "command" -> value.contains("`") ? value : "`" + value + "`";
            case "memoryGiB" -> value + " GiB";
            case "durationSeconds" -> wholeSeconds(value).map(Figures::duration).orElse(value);
            default -> value;
        };
    }

    private static Optional<Long> wholeSeconds(String value) {
        try {
            return Optional.of(Math.round(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void part(StringBuilder section, Part part) {
        String title = oneLine(part.displayTitle());
        section.append("### ").append(title).append("\n\n");
        List<Measure> latencies = part.latencyMeasures();
        List<Measure> values = part.valueMeasures();
        if (latencies.isEmpty() && values.isEmpty()) {
            section.append("This part recorded no measures.\n\n");
        }
        if (!latencies.isEmpty()) {
            section.append(latencyTable(latencies)).append('\n');
        }
        if (!values.isEmpty()) {
            section.append(valueTable(values)).append('\n');
        }
        String link = plotLinks.get(part.part());
        if (link != null) {
            // Brackets in the title would end the image's alt text early and leave the link as plain text.
            String alt = title.replace("[", "\\[").replace("]", "\\]");
            section.append("![").append(alt).append("](").append(link).append(")\n\n");
        }
        part.notes().stream()
                .filter(note -> note != null && !note.isBlank())
                .forEach(note -> section.append(note.strip()).append("\n\n"));
    }

    private String latencyTable(List<Measure> measures) {
        // The ratio to a ceiling belongs to the value table, but a latency measure may carry one too (a rate's share
        // of the plain insert): shown in its own column only then, rather than dropped.
        boolean ceilings = measures.stream().anyMatch(measure -> measure.ceiling() != null);
        MarkdownTable table = new MarkdownTable().text("Measure").number("Count").number("Errors")
                .number("Rate /s").number("Throughput /s")
                .number("p50").number("p99").number("p99.9").number("max");
        if (ceilings) {
            table.text("Ratio to ceiling");
        }
        table.text("Target");
        for (Measure measure : measures) {
            List<String> cells = new ArrayList<>(List.of(
                    measure.displayLabel(),
                    optional(measure.count(), Figures::count),
                    optional(measure.errors(), Figures::count),
                    optional(measure.rate(), Figures::quantity),
                    optional(measure.throughput(), Figures::quantity),
                    latency(measure, measure.p50()),
                    latency(measure, measure.p99()),
                    latency(measure, measure.p999()),
                    latency(measure, measure.max())));
            if (ceilings) {
                cells.add(ceiling(measure));
            }
            cells.add(measure.verdict().map(verdict -> verdictCell(verdict, measure)).orElse(NONE));
            table.row(cells);
        }
        return table.render();
    }

    private String valueTable(List<Measure> measures) {
        MarkdownTable table = new MarkdownTable().text("Measure").number("Value").text("Ratio to ceiling")
                .text("Target");
        for (Measure measure : measures) {
            table.row(
                    measure.displayLabel(),
                    Figures.withUnit(Figures.quantity(measure.value()), measure.unit()),
                    ceiling(measure),
                    measure.verdict().map(verdict -> verdictCell(verdict, measure)).orElse(NONE));
        }
        return table.render();
    }

    /** "0.23 of Plain Quarkus insert": the ceiling named by its label when the run measured it, else by its id. */
    private String ceiling(Measure measure) {
        Ceiling ceiling = measure.ceiling();
        if (ceiling == null || ceiling.ratio() == null) {
            return NONE;
        }
        String against = results.measure(ceiling.id()).map(Measure::displayLabel)
                .orElse(ceiling.id() == null ? "the ceiling" : ceiling.id());
        return Figures.ratio(ceiling.ratio()) + " of " + against;
    }

    /** A heading or alt text is one line of Markdown: a line break in a title would end it early. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String latency(Measure measure, Double figure) {
        return figure == null ? NONE : Figures.withUnit(Figures.decimal(figure), measure.unit());
    }

    private static <T> String optional(T figure, Function<T, String> format) {
        return figure == null ? NONE : format.apply(figure);
    }

    /** "met: p99 under 20 ms (7.1 ms)" or "**missed**: p99 under 20 ms (47.2 ms)". */
    static String verdictCell(Verdict verdict, Measure measure) {
        return outcome(verdict) + ": " + verdict.target().describe(measure.unit())
                + " (" + figure(verdict, measure) + ")";
    }

    private static String outcome(Verdict verdict) {
        return verdict.met() ? "met" : "**missed**";
    }

    /** The figure a target was judged on, in the measure's unit; a missing one says so rather than showing a dash. */
    private static String figure(Verdict verdict, Measure measure) {
        if (verdict.figure() == null) {
            return "not measured";
        }
        Metric metric = verdict.target().metric();
        if (metric == Metric.RATIO) {
            return Figures.ratio(verdict.figure()) + " of the ceiling";
        }
        String number = metric.isLatency() ? Figures.decimal(verdict.figure()) : Figures.quantity(verdict.figure());
        return Figures.withUnit(number, measure.unit());
    }

    private void targets(StringBuilder section) {
        section.append("### Targets\n\n");
        List<JudgedMeasure> rows = verdicts();
        if (rows.isEmpty()) {
            section.append("No measure of this run had a target.\n");
            return;
        }
        section.append(targetsMet()).append(" of ").append(rows.size()).append(" targets met.\n\n");
        MarkdownTable table = new MarkdownTable().text("Part").text("Measure").text("Target").number("Figure")
                .text("Verdict");
        rows.forEach(row -> table.row(
                row.part().displayTitle(),
                row.measure().displayLabel(),
                row.verdict().target().describe(row.measure().unit()),
                figure(row.verdict(), row.measure()),
                outcome(row.verdict())));
        section.append(table.render());
    }

    private List<JudgedMeasure> verdicts() {
        List<JudgedMeasure> rows = new ArrayList<>();
        for (Part part : results.parts()) {
            for (Measure measure : part.measures()) {
                measure.verdict().ifPresent(verdict -> rows.add(new JudgedMeasure(part, measure, verdict)));
            }
        }
        return rows;
    }

    private record JudgedMeasure(Part part, Measure measure, Verdict verdict) {
    }

    private static Map<String, String> machineFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("date", "Date");
        fields.put("command", "Command");
        fields.put("cores", "Cores");
        fields.put("memoryGiB", "Memory");
        fields.put("cpu", "Processor");
        fields.put("os", "Operating system");
        fields.put("java", "Java");
        fields.put("postgres", "PostgreSQL");
        fields.put("kafka", "Kafka");
        fields.put("durationSeconds", "Duration of the run");
        return fields;
    }
}
