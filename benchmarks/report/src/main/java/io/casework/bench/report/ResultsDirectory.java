package io.casework.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's results directory: one JSON file per part of the benchmark, and machine.json for the machine and command.
 * A file that cannot be read, or that says something the report would have to guess at (a measure that is neither a
 * latency nor a value, a target without a bound), stops the report with the file's name, rather than publishing a
 * table that quietly leaves it out.
 */
public final class ResultsDirectory {

    public static final String MACHINE_FILE = "machine.json";
    /** A part's name becomes a file name (its plot) and a link: letters, digits, dots, dashes and underscores only. */
    private static final Pattern PART_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path directory;
    private final ReportLog log;
    private final ObjectMapper json = new ObjectMapper()
            // Extra fields are the benchmark growing, not a mistake; and a part with one note may write it unlisted.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    public ResultsDirectory(Path directory, ReportLog log) {
        this.directory = directory;
        this.log = log;
    }

    public Results read() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "no results directory there");
        }
        Optional<Machine> machine = Optional.empty();
        List<Part> parts = new ArrayList<>();
        Map<String, Path> partFiles = new HashMap<>();
        for (Path file : jsonFiles()) {
            if (file.getFileName().toString().equals(MACHINE_FILE)) {
                machine = Optional.of(readMachine(file));
                continue;
            }
            Part part = readPart(file);
            Path earlier = partFiles.putIfAbsent(part.part(), file);
            if (earlier != null) {
                throw new InvalidResultsException(file, "part '" + part.part() + "' is also in " + earlier.getFileName()
                        + ": each part writes one file");
            }
            parts.add(part);
        }
        if (machine.isEmpty()) {
            log.warn(MACHINE_FILE + " is missing from " + directory + ": the report says the machine was not recorded");
        }
        if (parts.isEmpty()) {
            log.warn("no part's results in " + directory);
        }
        warnOfDuplicateIds(parts);
        return new Results(directory, machine, parts);
    }

    /** Where a measure's samples file is: named relative to the results directory, as the benchmark writes both. */
    public Path samplesPath(String samplesFile) {
        return directory.resolve(samplesFile).normalize();
    }

    private List<Path> jsonFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            // Sorted so that warnings, and which of two clashing files is named first, do not depend on the disk.
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Machine readMachine(Path file) throws IOException {
        JsonNode root = parse(file, JsonNode.class);
        if (!root.isObject()) {
            throw new InvalidResultsException(file, "expected an object of the machine's fields");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> fields.put(field.getKey(), textOf(field.getValue())));
        return new Machine(fields);
    }

    private static String textOf(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private Part readPart(Path file) throws IOException {
        Part part = parse(file, Part.class);
        if (part == null) {
            throw new InvalidResultsException(file, "the file is empty");
        }
        if (part.part() == null || !PART_NAME.matcher(part.part()).matches()) {
            String given = part.part() == null ? "missing" : "'" + part.part() + "'";
            throw new InvalidResultsException(file, "'part' must be a short name of letters, digits, '.', '-' or '_'"
                    + " (it names the plot's file), not " + given);
        }
        for (int i = 0; i < part.measures().size(); i++) {
            checkMeasure(file, i, part.measures().get(i));
        }
        return part;
    }

    private static void checkMeasure(Path file, int index, Measure measure) throws InvalidResultsException {
        if (measure == null) {
            throw new InvalidResultsException(file, "measure " + (index + 1) + " is null");
        }
        if (measure.displayLabel() == null) {
            throw new InvalidResultsException(file, "measure " + (index + 1) + " has neither an id nor a label");
        }
        String name = "measure '" + measure.displayLabel() + "'";
        if (measure.isLatency() == measure.isValue()) {
            throw new InvalidResultsException(file, name + (measure.isLatency()
                    ? " has both latency percentiles and a value: a measure is one or the other"
                    : " has neither latency percentiles (p50, p99, p999, max) nor a value"));
        }
        Target target = measure.target();
        if (target != null) {
            if (target.metric() == null) {
                throw new InvalidResultsException(file, name + "'s target names no metric");
            }
            if (target.min() == null && target.max() == null) {
                throw new InvalidResultsException(file, name + "'s target has neither a min nor a max");
            }
        }
    }

    private void warnOfDuplicateIds(List<Part> parts) {
        Set<String> seen = new HashSet<>();
        parts.stream()
                .flatMap(part -> part.measures().stream())
                .map(Measure::id)
                .filter(id -> id != null && !seen.add(id))
                .distinct()
                .forEach(id -> log.warn("measure id '" + id + "' is used more than once: a ceiling naming it finds"
                        + " the first"));
    }

    private <T> T parse(Path file, Class<T> type) throws IOException {
        try {
            return json.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidResultsException(file, e.getOriginalMessage() + where);
        }
    }

    /** A results file that the report will not guess about; the message names the file. */
    public static final class InvalidResultsException extends IOException {
        public InvalidResultsException(Path file, String problem) {
            super(file + ": " + problem);
        }
    }
}
