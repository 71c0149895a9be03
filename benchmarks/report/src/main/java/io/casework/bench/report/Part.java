package io.casework.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Comparator;
import java.util.List;

/**
 * One part of the benchmark, as its results file describes it: a short name (used for the plot's file name), the
 * title shown as its heading, where it comes in the report, the measures it took and notes for the reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Part(String part, String title, Integer order, List<String> notes, List<Measure> measures) {

    /** Parts in the order the benchmark asks for; a tie, or two parts without an order, goes by name. */
    public static final Comparator<Part> REPORT_ORDER =
            Comparator.comparingInt(Part::sortOrder).thenComparing(Part::part);

    public Part {
        notes = notes == null ? List.of() : List.copyOf(notes);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** A part that says nothing of its place comes after every part that does. */
    public int sortOrder() {
        return order == null ? Integer.MAX_VALUE : order;
    }

    public String displayTitle() {
        return title != null && !title.isBlank() ? title.trim() : part;
    }

    public List<Measure> latencyMeasures() {
        return measures.stream().filter(Measure::isLatency).toList();
    }

    public List<Measure> valueMeasures() {
        return measures.stream().filter(measure -> !measure.isLatency()).toList();
    }
}
