package io.casework.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The machine and command of a run (machine.json), kept as the benchmark wrote it, field by field in its order, so
 * that a field the report does not know yet is still shown rather than dropped.
 */
public record Machine(Map<String, String> fields) {

    public Machine {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }
}
