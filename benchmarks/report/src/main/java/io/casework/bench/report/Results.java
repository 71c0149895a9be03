package io.casework.bench.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything one run left in its results directory: the machine it ran on and its parts, in report order. */
public record Results(Path directory, Optional<Machine> machine, List<Part> parts) {

    public Results {
        parts = parts.stream().sorted(Part.REPORT_ORDER).toList();
    }

    /** The measure a ceiling names, wherever it is: the limits of the machine are usually another part. */
    public Optional<Measure> measure(String id) {
        return parts.stream()
                .flatMap(part -> part.measures().stream())
                .filter(measure -> id != null && id.equals(measure.id()))
                .findFirst();
    }
}
