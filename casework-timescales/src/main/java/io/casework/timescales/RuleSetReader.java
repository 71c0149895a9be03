package io.casework.timescales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.casework.timescales.RuleSetFile.CheckedFile;
import io.casework.timescales.RuleSetFile.CheckedRule;
import io.casework.timescales.RuleSetFile.RawRule;
import io.casework.timescales.RuleSetFile.RawRuleSet;
import io.casework.timescales.RuleSetFile.RawSource;
import io.casework.timescales.RuleSetFile.RawTimescale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one rule set file and checks everything that can be checked without the other files.
 * Problems are collected, not thrown one at a time, so a bad file is fixed in one pass.
 */
final class RuleSetReader {

    /** Quotes are there to let a reader find the seed's words, not to copy the seed. */
    static final int MAX_QUOTE_WORDS = 24;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // Unknown fields fail: a misspelt "extends" or "reading" must not be ignored silently.
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final TrackingReader trackingReader = new TrackingReader(json);
    private final VisitFrequencyReader frequencyReader = new VisitFrequencyReader(json);
    private final ApprovalTypeReader approvalTypeReader = new ApprovalTypeReader(json);

    /** The checked file, or empty with the reasons added to {@code problems}. */
    Optional<CheckedFile> read(String fileName, String content, List<String> problems) {
        int before = problems.size();
        RawRuleSet header;
        try {
            header = json.readValue(content, RawRuleSet.class);
        } catch (JsonProcessingException e) {
            problems.add(fileName + ": " + describe(e));
            return Optional.empty();
        }
        if (header == null) {
            problems.add(fileName + ": the file is empty");
            return Optional.empty();
        }
        checkHeader(fileName, header, problems);
        List<CheckedRule> rules = readEach(json, fileName, "rule", header.rules(), RawRule.class,
                (label, raw) -> readRule(label, raw, header, problems), rule -> rule.rule().id(), problems);
        List<VisitFrequencyReader.CheckedFrequency> frequencies = frequencyReader.read(fileName,
                header.visitFrequencies(), header.authority(), header.document(), problems);
        // An authority's own entries come from its own policy; the base's catalogue gathers every seed's decisions.
        List<ApprovalTypeReader.CheckedApprovalType> approvalTypes = approvalTypeReader.read(fileName,
                header.approvalTypes(), header.authority(),
                header.extendsAuthority() == null ? null : header.document(), problems);
        return problems.size() == before
                ? Optional.of(new CheckedFile(fileName, header, rules, frequencies, approvalTypes))
                : Optional.empty();
    }

    private void checkHeader(String fileName, RawRuleSet header, List<String> problems) {
        String expected = stem(fileName);
        if (blank(header.authority())) {
            problems.add(fileName + ": \"authority\" is missing");
        } else if (!header.authority().equals(expected)) {
            problems.add(fileName + ": \"authority\" is '" + header.authority()
                    + "' but the file is named for '" + expected + "'; the two must match");
        }
        if (blank(header.title())) {
            problems.add(fileName + ": \"title\" is missing");
        }
        if (blank(header.document())) {
            problems.add(fileName + ": \"document\" (the seed the rules come from) is missing");
        }
        if (header.rules() == null || header.rules().isEmpty()) {
            problems.add(fileName + ": \"rules\" is missing or empty");
        }
    }

    private Optional<CheckedRule> readRule(String label, RawRule raw, RawRuleSet header, List<String> problems) {
        int before = problems.size();
        if (blank(raw.id())) {
            problems.add(label + ": \"id\" is missing");
        } else if (!ID.matcher(raw.id()).matches()) {
            problems.add(label + ": \"id\" must be lower-case words joined by hyphens");
        }
        if (blank(raw.what())) {
            problems.add(label + ": \"what\" is missing");
        }
        if (blank(raw.trigger())) {
            problems.add(label + ": \"trigger\" is missing");
        }
        Optional<Timescale> every = every(label, raw, problems);
        // A cycle's first occurrence is due one cycle after the opening event unless the rule says otherwise.
        Timescale timescale = raw.timescale() == null && raw.every() != null
                ? every.orElse(null)
                : timescale(label, "timescale", raw.timescale(), problems);
        Direction direction = direction(label, raw.direction(), problems);
        checkAge(label, raw, timescale, direction, problems);
        Source source = source(label, raw.source(), header.document(), problems);
        if (raw.reading() != null && raw.reading().isBlank()) {
            problems.add(label + ": \"reading\" is blank; leave it out or say which unit was chosen and why");
        }
        if (raw.follows() != null && raw.follows().equals(raw.id())) {
            problems.add(label + ": a rule cannot follow itself");
        }
        Optional<Tracking> tracking = trackingReader.read(label, raw, problems);
        checkUntrackedBecause(label, raw, problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        TimescaleRule rule = new TimescaleRule(raw.id(), raw.what(), raw.trigger(), timescale, direction,
                every.isPresent(), every, Optional.ofNullable(raw.follows()), source,
                Optional.ofNullable(raw.reading()), header.authority(), tracking,
                Optional.ofNullable(raw.untrackedBecause()));
        return Optional.of(new CheckedRule(rule, Boolean.TRUE.equals(raw.overrides())));
    }

    /**
     * {@code untrackedBecause} says why a rule stays reference data, so it is said in words and only of a rule that
     * is not tracked: a reason left on a rule once it is mapped would contradict its events.
     */
    private static void checkUntrackedBecause(String label, RawRule raw, List<String> problems) {
        if (raw.untrackedBecause() == null) {
            return;
        }
        if (raw.untrackedBecause().isBlank()) {
            problems.add(label + ": \"untrackedBecause\" is blank; leave it out or say why the suite's events cannot "
                    + "track the rule");
        } else if (raw.opensOn() != null || raw.metBy() != null) {
            problems.add(label + ": \"untrackedBecause\" is only for a rule that is not tracked; remove it now that "
                    + "the rule names \"opensOn\" and \"metBy\"");
        }
    }

    /**
     * The cycle of a recurring rule: {@code every}, or, in the older way of writing it, {@code "recurring": true}
     * with the timescale as the cycle.
     */
    private static Optional<Timescale> every(String label, RawRule raw, List<String> problems) {
        if (raw.every() == null) {
            if (Boolean.TRUE.equals(raw.recurring()) && raw.timescale() != null) {
                return Optional.ofNullable(timescale(label, "timescale", raw.timescale(), new ArrayList<>()));
            }
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(raw.recurring())) {
            problems.add(label + ": \"recurring\": false but \"every\" gives a cycle; leave \"recurring\" out");
        }
        if (raw.direction() != null && !raw.direction().equals(Direction.AFTER.name())) {
            problems.add(label + ": \"every\" is a cycle running on from the last one done; it cannot be "
                    + raw.direction());
        }
        Timescale every = timescale(label, "every", raw.every(), problems);
        if (every != null && every.unit() == TimescaleUnit.AGE) {
            problems.add(label + ": \"every\" cannot be an AGE; an age is reached once");
            return Optional.empty();
        }
        return Optional.ofNullable(every);
    }

    /** An age is reached once, after the date of birth, and from it alone. */
    private static void checkAge(String label, RawRule raw, Timescale timescale, Direction direction,
                                 List<String> problems) {
        if (timescale == null || timescale.unit() != TimescaleUnit.AGE) {
            return;
        }
        if (direction == Direction.BEFORE) {
            problems.add(label + ": an AGE is reached after the date of birth; \"direction\" cannot be BEFORE");
        }
        if (raw.every() != null || Boolean.TRUE.equals(raw.recurring())) {
            problems.add(label + ": an AGE is reached once; it cannot recur");
        }
        if (raw.follows() != null) {
            problems.add(label + ": an AGE runs from the date of birth; it cannot follow another rule");
        }
    }

    /** A timescale written at {@code field} ("timescale", "every", or an escalation's "after"), checked. */
    static Timescale timescale(String label, String field, RawTimescale raw, List<String> problems) {
        if (raw == null) {
            problems.add(label + ": \"" + field + "\" is missing");
            return null;
        }
        if (TimescaleUnit.AGE.name().equals(raw.unit())) {
            return age(label, field, raw, problems);
        }
        if (raw.years() != null || raw.months() != null) {
            problems.add(label + ": \"" + field + "\" gives years or months; only an AGE is written that way "
                    + "(a length of time is an \"amount\" of a \"unit\", e.g. 6 MONTHS)");
        }
        TimescaleUnit unit = null;
        if (blank(raw.unit())) {
            problems.add(label + ": \"" + field + ".unit\" is missing");
        } else {
            try {
                unit = TimescaleUnit.valueOf(raw.unit());
            } catch (IllegalArgumentException e) {
                problems.add(label + ": \"" + field + ".unit\" '" + raw.unit() + "' is not one of "
                        + Arrays.toString(TimescaleUnit.values()));
            }
        }
        if (raw.amount() == null) {
            problems.add(label + ": \"" + field + ".amount\" is missing");
        } else if (raw.amount() < 1) {
            problems.add(label + ": \"" + field + ".amount\" must be a positive whole number, was " + raw.amount()
                    + " (a deadline before its trigger is written as \"direction\": \"BEFORE\")");
        }
        return unit == null || raw.amount() == null || raw.amount() < 1 ? null : new Timescale(raw.amount(), unit);
    }

    /** {@code { "unit": "AGE", "years": 16, "months": 3 }}: whole years, and 0 to 11 months (0 if left out). */
    private static Timescale age(String label, String field, RawTimescale raw, List<String> problems) {
        int before = problems.size();
        if (raw.amount() != null) {
            problems.add(label + ": \"" + field + ".amount\" is not used for an AGE; give \"years\" and \"months\"");
        }
        if (raw.years() == null) {
            problems.add(label + ": \"" + field + ".years\" is missing; an AGE is written in years and months");
        } else if (raw.years() < 0) {
            problems.add(label + ": \"" + field + ".years\" must be 0 or more, was " + raw.years());
        }
        int months = raw.months() == null ? 0 : raw.months();
        if (months < 0 || months > 11) {
            problems.add(label + ": \"" + field + ".months\" must be 0 to 11, was " + months);
        }
        if (problems.size() == before && raw.years() * 12 + months < 1) {
            problems.add(label + ": \"" + field + "\" must be an age of at least one month");
        }
        return problems.size() == before ? Timescale.age(raw.years(), months) : null;
    }

    private static Direction direction(String label, String raw, List<String> problems) {
        if (raw == null) {
            return Direction.AFTER;
        }
        try {
            return Direction.valueOf(raw);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": \"direction\" '" + raw + "' is not one of " + Arrays.toString(Direction.values()));
            return null;
        }
    }

    static Source source(String label, RawSource raw, String fileDocument, List<String> problems) {
        if (raw == null) {
            problems.add(label + ": \"source\" is missing; every rule names the seed it comes from");
            return null;
        }
        int before = problems.size();
        if (blank(raw.document())) {
            problems.add(label + ": \"source.document\" is missing");
        } else if (fileDocument != null && !raw.document().equals(fileDocument)) {
            problems.add(label + ": \"source.document\" is '" + raw.document()
                    + "' but the rule set is written from '" + fileDocument + "'");
        }
        if (blank(raw.section())) {
            problems.add(label + ": \"source.section\" is missing");
        }
        if (blank(raw.quote())) {
            problems.add(label + ": \"source.quote\" is missing");
        } else if (words(raw.quote()) > MAX_QUOTE_WORDS) {
            problems.add(label + ": \"source.quote\" has " + words(raw.quote()) + " words; keep it under 25");
        }
        return problems.size() == before ? new Source(raw.document(), raw.section(), raw.quote()) : null;
    }

    /**
     * Reads each entry of a section on its own, labelled with the file and the entry's id (or its place, when it has
     * none) so that every problem can be found: parsed as {@code rawType}, then checked by {@code check}, which adds
     * its problems and gives the entry only when it has none. An id used twice in the file is a problem too.
     *
     * @param nodes the section, null when the file has none
     * @param noun  what an entry is called in a problem: "rule", "visit frequency", "approval type"
     */
    static <R, T> List<T> readEach(ObjectMapper json, String fileName, String noun, List<JsonNode> nodes,
                                   Class<R> rawType, BiFunction<String, R, Optional<T>> check,
                                   Function<T, String> idOf, List<String> problems) {
        List<T> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String label = fileName + ", " + noun + " " + ruleLabel(nodes.get(i), i);
            R raw;
            try {
                raw = json.treeToValue(nodes.get(i), rawType);
            } catch (JsonProcessingException e) {
                problems.add(label + ": " + describe(e));
                continue;
            }
            check.apply(label, raw).ifPresent(entry -> {
                if (!seen.add(idOf.apply(entry))) {
                    problems.add(label + ": the id is used more than once in the file");
                }
                read.add(entry);
            });
        }
        return read;
    }

    private static String ruleLabel(JsonNode node, int index) {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() && !id.asText().isBlank()
                ? "'" + id.asText() + "'"
                : "#" + (index + 1) + " (no id)";
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(" at \"").append(path(mapping.getPath())).append('"');
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            where.append(" (line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        return "not valid rule set JSON" + where + ": " + e.getOriginalMessage();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String stem(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
