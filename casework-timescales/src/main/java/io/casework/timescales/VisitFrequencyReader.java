package io.casework.timescales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.contracts.VisitKind;
import io.casework.timescales.RuleSetFile.RawTimescale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code visitFrequencies} of a rule set file, each checked on its own so that a bad one is reported with
 * its file and id, as the rules are.
 */
final class VisitFrequencyReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The circumstances a frequency may name: what visits-service knows of a child's placement and plan. */
    static final Set<String> FACTS = Set.of("placementType", "legalStatus", "arrangement", "intendedToLastUntil18");
    private static final String FIRST_REVIEW = "FIRST_REVIEW";

    private final ObjectMapper json;

    VisitFrequencyReader(ObjectMapper json) {
        this.json = json;
    }

    record RawFrequency(String id, String kind, String what, Map<String, List<String>> when, RawTimescale first,
                        List<RawStage> stages, Boolean overrides, RawFrequencySource source, String reading) {
    }

    /** {@code until} is {@code "FIRST_REVIEW"} or {@code {"sinceStart": timescale}}. */
    record RawStage(RawTimescale every, JsonNode until) {
    }

    record RawFrequencySource(String legislation, String provision, String localStandard, String document,
                              String section, String quote) {
    }

    /** A checked frequency and whether it said it replaces the base's. */
    record CheckedFrequency(VisitFrequency frequency, boolean overrides) {
    }

    /** The section's frequencies that pass their checks; {@code nodes} is null when the file has no section. */
    List<CheckedFrequency> read(String fileName, List<JsonNode> nodes, String authority, String fileDocument,
                                List<String> problems) {
        return RuleSetReader.readEach(json, fileName, "visit frequency", nodes, RawFrequency.class,
                (label, raw) -> readOne(label, raw, authority, fileDocument, problems),
                checked -> checked.frequency().id(), problems);
    }

    private Optional<CheckedFrequency> readOne(String label, RawFrequency raw, String authority, String fileDocument,
                                               List<String> problems) {
        int before = problems.size();
        if (RuleSetReader.blank(raw.id()) || !ID.matcher(raw.id()).matches()) {
            problems.add(label + ": \"id\" must be lower-case words joined by hyphens");
        }
        if (RuleSetReader.blank(raw.what())) {
            problems.add(label + ": \"what\" is missing");
        }
        VisitKind kind = kind(label, raw.kind(), problems);
        Map<String, Set<String>> when = when(label, raw.when(), problems);
        Optional<Timescale> first = raw.first() == null ? Optional.empty()
                : Optional.ofNullable(RuleSetReader.timescale(label, "first", raw.first(), problems));
        List<VisitStage> stages = stages(label, raw.stages(), problems);
        FrequencySource source = source(label, raw.source(), fileDocument, problems);
        if (raw.reading() != null && raw.reading().isBlank()) {
            problems.add(label + ": \"reading\" is blank; leave it out or say how the source is read");
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckedFrequency(new VisitFrequency(raw.id(), kind, raw.what(), when, first,
                    stages, source, Optional.ofNullable(raw.reading()), authority),
                    Boolean.TRUE.equals(raw.overrides())));
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static VisitKind kind(String label, String raw, List<String> problems) {
        try {
            return VisitKind.valueOf(String.valueOf(raw));
        } catch (IllegalArgumentException e) {
            problems.add(label + ": \"kind\" '" + raw + "' is not one of " + Arrays.toString(VisitKind.values()));
            return null;
        }
    }

    private static Map<String, Set<String>> when(String label, Map<String, List<String>> raw, List<String> problems) {
        Map<String, Set<String>> when = new LinkedHashMap<>();
        if (raw == null) {
            return when;
        }
        raw.forEach((fact, values) -> {
            if (!FACTS.contains(fact)) {
                problems.add(label + ": \"when\" names '" + fact + "', which is not one of " + FACTS);
            } else if (values == null || values.isEmpty() || values.stream().anyMatch(RuleSetReader::blank)) {
                problems.add(label + ": \"when." + fact + "\" must list at least one value, none blank");
            } else {
                when.put(fact, Set.copyOf(values));
            }
        });
        return when;
    }

    private List<VisitStage> stages(String label, List<RawStage> raw, List<String> problems) {
        List<VisitStage> stages = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            problems.add(label + ": \"stages\" is missing; give at least one interval (\"every\")");
            return stages;
        }
        for (int i = 0; i < raw.size(); i++) {
            String at = "stages[" + i + "]";
            RawStage stage = raw.get(i);
            Timescale every = RuleSetReader.timescale(label, at + ".every", stage.every(), problems);
            JsonNode until = stage.until();
            Optional<Timescale> sinceStart = Optional.empty();
            boolean firstReview = false;
            if (until != null && until.isTextual() && FIRST_REVIEW.equals(until.asText())) {
                firstReview = true;
            } else if (until != null && until.isObject() && until.size() == 1 && until.has("sinceStart")) {
                try {
                    sinceStart = Optional.ofNullable(RuleSetReader.timescale(label, at + ".until.sinceStart",
                            json.treeToValue(until.get("sinceStart"), RawTimescale.class), problems));
                } catch (JsonProcessingException e) {
                    problems.add(label + ": \"" + at + ".until.sinceStart\": " + RuleSetReader.describe(e));
                }
            } else if (until != null && !until.isNull()) {
                problems.add(label + ": \"" + at + ".until\" must be \"FIRST_REVIEW\" or {\"sinceStart\": ...}");
            }
            if (every != null) {
                try {
                    stages.add(new VisitStage(every, sinceStart, firstReview));
                } catch (IllegalArgumentException e) {
                    problems.add(label + ": \"" + at + "\": " + e.getMessage());
                }
            }
        }
        return stages;
    }

    private static FrequencySource source(String label, RawFrequencySource raw, String fileDocument,
                                          List<String> problems) {
        if (raw == null) {
            problems.add(label + ": \"source\" is missing; name the regulation, the seed or the local standard");
            return null;
        }
        boolean legislation = !RuleSetReader.blank(raw.legislation());
        boolean local = !RuleSetReader.blank(raw.localStandard());
        boolean seed = !RuleSetReader.blank(raw.document());
        if ((legislation ? 1 : 0) + (local ? 1 : 0) + (seed ? 1 : 0) != 1) {
            problems.add(label + ": \"source\" names exactly one of \"legislation\" (with \"provision\"), "
                    + "\"document\" (with \"section\" and \"quote\") or \"localStandard\"");
            return null;
        }
        if (legislation) {
            if (RuleSetReader.blank(raw.provision())) {
                problems.add(label + ": \"source.provision\" is missing: which regulation or section");
                return null;
            }
            return new FrequencySource(FrequencySource.Kind.LEGISLATION, raw.legislation() + ", " + raw.provision(),
                    Optional.empty());
        }
        if (local) {
            return new FrequencySource(FrequencySource.Kind.LOCAL_STANDARD, raw.localStandard(), Optional.empty());
        }
        Source quoted = RuleSetReader.source(label,
                new RuleSetFile.RawSource(raw.document(), raw.section(), raw.quote()), fileDocument, problems);
        return quoted == null ? null
                : new FrequencySource(FrequencySource.Kind.SEED, quoted.document() + " " + quoted.section(),
                        Optional.of(quoted));
    }
}
