package io.casework.timescales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.timescales.RuleSetFile.RawSource;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code approvalTypes} of a rule set file, each checked on its own so that a bad one is reported with its
 * file and id, as the rules and visit frequencies are.
 */
final class ApprovalTypeReader {

    /** The kinds are the names events and requests carry, so they are written as the contracts' enums are. */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private final ObjectMapper json;

    ApprovalTypeReader(ObjectMapper json) {
        this.json = json;
    }

    record RawApprovalType(String id, Boolean overrides, String title, String description, String decidedBy,
                           String scope, List<String> askedBy, String requestedThrough, Boolean directDecision,
                           List<RawField> fields, List<RawStage> stages, Boolean reasonsRequired,
                           String timescaleRule, String reviewEvery, RawSource source, String reading) {
    }

    record RawField(String name, String label, String type, Boolean required, List<String> values,
                    Integer maxLength) {
    }

    record RawStage(String role, String action, String title) {
    }

    /** A checked kind and whether it said it replaces the base's. */
    record CheckedApprovalType(ApprovalType type, boolean overrides) {
    }

    /**
     * The section's kinds that pass their checks; {@code nodes} is null when the file has no section.
     *
     * @param ownDocument the seed an authority's entries must cite, or null for a base, whose catalogue gathers the
     *                    decisions every seed names (DOMAIN rule 20 draws on 000, 001, 002 and 004)
     */
    List<CheckedApprovalType> read(String fileName, List<JsonNode> nodes, String authority, String ownDocument,
                                   List<String> problems) {
        return RuleSetReader.readEach(json, fileName, "approval type", nodes, RawApprovalType.class,
                (label, raw) -> readOne(label, raw, authority, ownDocument, problems),
                checked -> checked.type().id(), problems);
    }

    private Optional<CheckedApprovalType> readOne(String label, RawApprovalType raw, String authority,
                                                  String ownDocument, List<String> problems) {
        int before = problems.size();
        if (RuleSetReader.blank(raw.id()) || !ID.matcher(raw.id()).matches()) {
            problems.add(label + ": \"id\" must be upper-case words joined by underscores, e.g. CASE_CLOSURE");
        }
        if (RuleSetReader.blank(raw.title())) {
            problems.add(label + ": \"title\" is missing");
        }
        if (RuleSetReader.blank(raw.description())) {
            problems.add(label + ": \"description\" is missing");
        }
        ApprovalRole decidedBy = value(label, "decidedBy", raw.decidedBy(), ApprovalRole.class, problems);
        ApprovalScope scope = value(label, "scope", raw.scope(), ApprovalScope.class, problems);
        List<ApprovalRequester> askedBy = new ArrayList<>();
        for (String requester : raw.askedBy() == null ? List.<String>of() : raw.askedBy()) {
            askedBy.add(value(label, "askedBy", requester, ApprovalRequester.class, problems));
        }
        RequestChannel channel = value(label, "requestedThrough", raw.requestedThrough(), RequestChannel.class,
                problems);
        List<ApprovalField> fields = fields(label, raw.fields(), problems);
        List<ApprovalStage> stages = stages(label, raw.stages(), decidedBy, problems);
        Optional<Period> reviewEvery = reviewEvery(label, raw.reviewEvery(), problems);
        if (raw.timescaleRule() != null && raw.timescaleRule().isBlank()) {
            problems.add(label + ": \"timescaleRule\" is blank; leave it out or name a rule of the rule set");
        }
        Source source = RuleSetReader.source(label, raw.source(), ownDocument, problems);
        if (raw.reading() != null && raw.reading().isBlank()) {
            problems.add(label + ": \"reading\" is blank; leave it out or say how the seed is read");
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        List<String> contradictions = ApprovalType.problems(decidedBy, scope, askedBy, channel, fields, stages);
        if (!contradictions.isEmpty()) {
            contradictions.forEach(problem -> problems.add(label + ": " + problem));
            return Optional.empty();
        }
        return Optional.of(new CheckedApprovalType(new ApprovalType(raw.id(), raw.title(), raw.description(),
                decidedBy, scope, askedBy, channel, Boolean.TRUE.equals(raw.directDecision()), fields, stages,
                Boolean.TRUE.equals(raw.reasonsRequired()), Optional.ofNullable(raw.timescaleRule()), reviewEvery,
                source, Optional.ofNullable(raw.reading()), authority), Boolean.TRUE.equals(raw.overrides())));
    }

    private static List<ApprovalField> fields(String label, List<RawField> raw, List<String> problems) {
        List<ApprovalField> fields = new ArrayList<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            RawField field = raw.get(i);
            String at = label + ": \"fields[" + i + "]";
            int before = problems.size();
            if (RuleSetReader.blank(field.name()) || !FIELD_NAME.matcher(field.name()).matches()) {
                problems.add(at + ".name\" must be a word in camelCase, as a request body names it");
            }
            if (RuleSetReader.blank(field.label())) {
                problems.add(at + ".label\" is missing: what a person filling it in reads");
            }
            ApprovalField.Type type = value(label, "fields[" + i + "].type", field.type(), ApprovalField.Type.class,
                    problems);
            if (field.required() == null) {
                problems.add(at + ".required\" is missing: say whether a request without it is refused");
            }
            List<String> values = field.values() == null ? List.of() : field.values();
            if (values.stream().anyMatch(RuleSetReader::blank) || new HashSet<>(values).size() != values.size()) {
                problems.add(at + ".values\" must not repeat a value or leave one blank");
            }
            if (problems.size() != before) {
                continue;
            }
            try {
                fields.add(field.maxLength() == null
                        ? new ApprovalField(field.name(), field.label(), type, field.required(), values)
                        : new ApprovalField(field.name(), field.label(), type, field.required(), values,
                                field.maxLength()));
            } catch (IllegalArgumentException e) {
                problems.add(at + "\": " + e.getMessage());
            }
        }
        return fields;
    }

    /** The steps as written, or, where none are, the one step every kind has: the decider decides. */
    private static List<ApprovalStage> stages(String label, List<RawStage> raw, ApprovalRole decidedBy,
                                              List<String> problems) {
        if (raw == null) {
            return decidedBy == null ? List.of() : List.of(ApprovalStage.decision(decidedBy));
        }
        List<ApprovalStage> stages = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawStage stage = raw.get(i);
            String at = "stages[" + i + "]";
            int before = problems.size();
            ApprovalRole role = value(label, at + ".role", stage.role(), ApprovalRole.class, problems);
            ApprovalStage.Action action = value(label, at + ".action", stage.action(), ApprovalStage.Action.class,
                    problems);
            if (RuleSetReader.blank(stage.title())) {
                problems.add(label + ": \"" + at + ".title\" is missing");
            }
            if (problems.size() != before) {
                continue;
            }
            try {
                stages.add(new ApprovalStage(role, action, stage.title()));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": \"" + at + "\": " + e.getMessage());
            }
        }
        return stages;
    }

    private static Optional<Period> reviewEvery(String label, String raw, List<String> problems) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            Period period = Period.parse(raw);
            if (period.isNegative() || period.isZero()) {
                problems.add(label + ": \"reviewEvery\" must be a length of time, not " + raw);
                return Optional.empty();
            }
            return Optional.of(period);
        } catch (DateTimeParseException e) {
            problems.add(label + ": \"reviewEvery\" '" + raw + "' is not an ISO-8601 period, e.g. P6M for six months");
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E value(String label, String field, String raw, Class<E> type,
                                               List<String> problems) {
        if (RuleSetReader.blank(raw)) {
            problems.add(label + ": \"" + field + "\" is missing");
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": \"" + field + "\" '" + raw + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
