package io.casework.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a benchmark measured, kept for the report of the whole suite's benchmark (scripts/benchmark.sh): each part is a
 * file {@code <part>.json} in the directory named by {@code BENCH_RESULTS}, each measure either latencies (percentiles
 * in milliseconds, with every sample in a file beside it for the percentile plots) or a single value. Without
 * {@code BENCH_RESULTS} nothing is written: a benchmark run on its own only prints.
 */
final class BenchResults {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIRECTORY = System.getenv("BENCH_RESULTS");

    /** The part of the report a file holds: its id, its heading and where it comes in the report. */
    record Part(String id, String title, int order) {
    }

    /** A target a measure is judged by: {@code metric} (p50, p99, p999, max, value or ratio) at most or at least. */
    record Target(String metric, Double max, Double min, String label) {

        static Target atMost(String metric, double max, String label) {
            return new Target(metric, max, null, label);
        }

        static Target atLeast(String metric, double min, String label) {
            return new Target(metric, null, min, label);
        }
    }

    private BenchResults() {
    }

    /** Latencies in nanoseconds; {@code errors} failed requests beside them. */
    static void latencies(Part part, String id, String label, List<Long> nanos, int errors, Target target) {
        if (DIRECTORY == null || nanos.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        ObjectNode m = JSON.createObjectNode().put("id", id).put("label", label).put("unit", "ms")
                .put("count", sorted.size()).put("errors", errors)
                .put("p50", Percentiles.at(sorted, 0.50)).put("p99", Percentiles.at(sorted, 0.99))
                .put("p999", Percentiles.at(sorted, 0.999))
                .put("max", sorted.get(sorted.size() - 1) / 1e6);
        String samples = part.id() + "-" + id + ".samples";
        write(Path.of(DIRECTORY, samples), sorted.stream().map(n -> String.valueOf(n / 1000))
                .collect(Collectors.joining("\n", "", "\n")));
        m.put("samples", samples);
        add(part, m, target);
    }

    /** One figure, such as writes a second; {@code ceilingRatio} its ratio to the machine's limit, when it has one. */
    static void value(Part part, String id, String label, double value, String unit, String ceilingId,
            Double ceilingRatio, Target target) {
        if (DIRECTORY == null) {
            return;
        }
        ObjectNode m = JSON.createObjectNode().put("id", id).put("label", label).put("value", value).put("unit", unit);
        if (ceilingRatio != null) {
            m.putObject("ceiling").put("id", ceilingId).put("ratio", ceilingRatio);
        }
        add(part, m, target);
    }

    // Read, add, write back: the parts of one run are written one after another, never at once.
    private static synchronized void add(Part part, ObjectNode measure, Target target) {
        if (target != null) {
            ObjectNode t = measure.putObject("target").put("metric", target.metric()).put("label", target.label());
            if (target.max() != null) {
                t.put("max", target.max());
            }
            if (target.min() != null) {
                t.put("min", target.min());
            }
        }
        Path file = Path.of(DIRECTORY, part.id() + ".json");
        try {
            Files.createDirectories(file.getParent());
            ObjectNode root = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile())
                    : JSON.createObjectNode().put("part", part.id()).put("title", part.title()).put("order", part.order());
            ArrayNode measures = root.withArray("measures");
            for (int i = measures.size() - 1; i >= 0; i--) {
                if (measures.get(i).path("id").asText().equals(measure.path("id").asText())) {
                    measures.remove(i);
                }
            }
            measures.add(measure);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
