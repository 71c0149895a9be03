package io.casework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <results.dir>/writes.json}, the part of the benchmark results that the write simulations make together:
 * each run reads it, puts its measure in place of one with the same id (or adds it), and writes it back, so that the
 * three simulations, run one after another, leave one file. Beside it, each measure's samples file holds one latency
 * a line, in whole microseconds, in the order the requests arrived.
 */
final class WritesFile {

    static final String NAME = "writes.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WritesFile() {
    }

    static void merge(Path dir, Measure measure, List<Sample> measured) {
        try {
            Files.createDirectories(dir);
            replace(dir.resolve(measure.samples()), measured.stream().map(sample -> Long.toString(sample.micros()))
                    .collect(Collectors.joining("\n", "", measured.isEmpty() ? "" : "\n")));
            Path file = dir.resolve(NAME);
            ObjectNode writes = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile())
                    : JSON.createObjectNode();
            writes.put("part", "writes");
            writes.put("title", "Writes through the API at fixed arrival rates");
            ArrayNode measures = writes.has("measures") ? (ArrayNode) writes.get("measures") : JSON.createArrayNode();
            writes.set("measures", measures);
            ObjectNode node = asJson(measure);
            int at = indexOf(measures, measure.id());
            if (at >= 0) {
                measures.set(at, node);
            } else {
                measures.add(node);
            }
            replace(file, JSON.writeValueAsString(writes) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results to " + dir, e);
        }
    }

    private static ObjectNode asJson(Measure measure) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", measure.id());
        node.put("label", measure.label());
        node.put("unit", "ms");
        node.put("count", measure.count());
        node.put("errors", measure.errors());
        // 50, not 50.0: the rate as it was asked for
        if (measure.rate() == Math.rint(measure.rate())) {
            node.put("rate", (long) measure.rate());
        } else {
            node.put("rate", measure.rate());
        }
        node.put("throughput", measure.throughput());
        node.put("p50", measure.p50());
        node.put("p99", measure.p99());
        node.put("p999", measure.p999());
        node.put("max", measure.max());
        node.put("samples", measure.samples());
        return node;
    }

    private static int indexOf(ArrayNode measures, String id) {
        for (int i = 0; i < measures.size(); i++) {
            JsonNode existing = measures.get(i);
            if (id.equals(existing.path("id").asText())) {
                return i;
            }
        }
        return -1;
    }

    // Written beside and moved into place, so that a run stopped half-way never leaves half a file.
    private static void replace(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, content);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
