package io.casework.timescales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.timescales.RuleSetFile.RawEscalation;
import io.casework.timescales.RuleSetFile.RawRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule's tracking fields ({@code opensOn}, {@code metBy}, {@code cancelledBy}, {@code owner},
 * {@code escalateTo}) and checks their shape. This library does not know the suite's events, so an event type is
 * checked only as a name ({@code casework.<service>.<name>}); that each one exists is checked where the event
 * contracts are on the classpath.
 */
final class TrackingReader {

    static final Pattern EVENT_TYPE = Pattern.compile("casework\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z0-9]+)*");
    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final ObjectMapper json;

    TrackingReader(ObjectMapper json) {
        this.json = json;
    }

    /** The rule's tracking, or empty for a rule not yet mapped; problems are added, naming the field. */
    Optional<Tracking> read(String label, RawRule raw, List<String> problems) {
        boolean opens = raw.opensOn() != null;
        boolean met = raw.metBy() != null;
        if (!opens && !met) {
            // Reference data until mapped: nothing else about tracking may be said either.
            for (String field : presentTrackingOnlyFields(raw)) {
                problems.add(label + ": \"" + field + "\" is only for a tracked rule; add \"opensOn\" and \"metBy\""
                        + " or leave it out");
            }
            return Optional.empty();
        }
        int before = problems.size();
        if (!opens) {
            problems.add(label + ": \"metBy\" without \"opensOn\"; a tracked rule names both");
        }
        if (!met) {
            problems.add(label + ": \"opensOn\" without \"metBy\"; a tracked rule names both");
        }
        List<EventMatch> opensOn = events(label, "opensOn", raw.opensOn(), true, problems);
        List<EventMatch> metBy = events(label, "metBy", raw.metBy(), true, problems);
        List<EventMatch> cancelledBy = events(label, "cancelledBy", raw.cancelledBy(), false, problems);
        DeadlineRole owner = null;
        if (RuleSetReader.blank(raw.owner())) {
            problems.add(label + ": \"owner\" is missing; a tracked rule says whom it belongs to, one of "
                    + Arrays.toString(DeadlineRole.values()));
        } else {
            owner = role(label, "owner", raw.owner(), problems);
        }
        List<Escalation> escalateTo = escalations(label, raw.escalateTo(), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Tracking(opensOn, metBy, cancelledBy, owner, escalateTo));
    }

    private static List<String> presentTrackingOnlyFields(RawRule raw) {
        List<String> present = new ArrayList<>();
        if (raw.cancelledBy() != null) {
            present.add("cancelledBy");
        }
        if (raw.owner() != null) {
            present.add("owner");
        }
        if (raw.escalateTo() != null) {
            present.add("escalateTo");
        }
        return present;
    }

    private static List<EventMatch> events(String label, String field, List<JsonNode> nodes, boolean required,
                                           List<String> problems) {
        if (nodes == null) {
            return List.of();
        }
        if (required && nodes.isEmpty()) {
            problems.add(label + ": \"" + field + "\" is empty; name at least one event type");
        }
        List<EventMatch> events = new ArrayList<>();
        Set<EventMatch> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = field + "[" + i + "]";
            event(label, at, nodes.get(i), problems).ifPresent(event -> {
                if (!seen.add(event)) {
                    problems.add(label + ": \"" + at + "\" repeats " + event.eventType());
                }
                events.add(event);
            });
        }
        return events;
    }

    /** An event is its type's name, or {@code {"event": name, "when": {field: value or [values]}}}. */
    private static Optional<EventMatch> event(String label, String at, JsonNode node, List<String> problems) {
        if (node.isTextual()) {
            return eventType(label, at, node.asText(), problems).map(EventMatch::of);
        }
        if (!node.isObject()) {
            problems.add(label + ": \"" + at + "\" must be an event type's name or {\"event\": ..., \"when\": ...}");
            return Optional.empty();
        }
        int before = problems.size();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (!name.equals("event") && !name.equals("when")) {
                problems.add(label + ": unknown field \"" + at + "." + name + "\"");
            }
        }
        JsonNode type = node.get("event");
        Optional<String> eventType = type == null || !type.isTextual()
                ? Optional.empty()
                : eventType(label, at + ".event", type.asText(), problems);
        if (type == null || !type.isTextual()) {
            problems.add(label + ": \"" + at + ".event\" is missing; name the event type");
        }
        Map<String, List<String>> when = when(label, at + ".when", node.get("when"), problems);
        return problems.size() == before && eventType.isPresent()
                ? Optional.of(new EventMatch(eventType.get(), when))
                : Optional.empty();
    }

    private static Optional<String> eventType(String label, String at, String name, List<String> problems) {
        if (!EVENT_TYPE.matcher(name).matches()) {
            problems.add(label + ": \"" + at + "\" '" + name + "' is not an event type's name: write it as "
                    + "casework.<service>.<name>, e.g. casework.case-notes.pathway-step-started");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static Map<String, List<String>> when(String label, String at, JsonNode node, List<String> problems) {
        Map<String, List<String>> when = new LinkedHashMap<>();
        if (node == null) {
            return when;
        }
        if (!node.isObject() || node.isEmpty()) {
            problems.add(label + ": \"" + at + "\" must name at least one field of the event's data with the value "
                    + "or values that match, e.g. {\"kind\": \"CF_ASSESSMENT\"}; leave it out to match every event");
            return when;
        }
        node.properties().forEach(entry -> {
            String field = entry.getKey();
            if (!FIELD.matcher(field).matches()) {
                problems.add(label + ": \"" + at + "\" field '" + field + "' is not a field name of an event's data");
            }
            List<String> values = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(item -> values.add(item.isValueNode() ? item.asText() : ""));
            } else if (value.isValueNode()) {
                values.add(value.asText());
            }
            if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
                problems.add(label + ": \"" + at + "." + field + "\" must be a value or a list of values, none blank");
            }
            when.put(field, values);
        });
        return when;
    }

    private List<Escalation> escalations(String label, List<JsonNode> nodes, List<String> problems) {
        if (nodes == null) {
            return List.of();
        }
        List<Escalation> steps = new ArrayList<>();
        Set<DeadlineRole> roles = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = "escalateTo[" + i + "]";
            RawEscalation raw;
            try {
                raw = json.treeToValue(nodes.get(i), RawEscalation.class);
            } catch (JsonProcessingException e) {
                problems.add(label + ": \"" + at + "\": " + RuleSetReader.describe(e));
                continue;
            }
            int before = problems.size();
            DeadlineRole role = RuleSetReader.blank(raw.role())
                    ? missingRole(label, at, problems)
                    : role(label, at + ".role", raw.role(), problems);
            Optional<Timescale> after = raw.after() == null
                    ? Optional.empty()
                    : Optional.ofNullable(RuleSetReader.timescale(label, at + ".after", raw.after(), problems));
            if (after.isPresent() && after.get().unit() == TimescaleUnit.AGE) {
                problems.add(label + ": \"" + at + ".after\" is a time past the due date, not an AGE");
            }
            if (role != null && !roles.add(role)) {
                problems.add(label + ": \"" + at + ".role\" " + role + " is already a step; each step is another role");
            }
            if (problems.size() == before) {
                steps.add(new Escalation(role, after));
            }
        }
        return steps;
    }

    private static DeadlineRole missingRole(String label, String at, List<String> problems) {
        problems.add(label + ": \"" + at + ".role\" is missing");
        return null;
    }

    private static DeadlineRole role(String label, String at, String raw, List<String> problems) {
        try {
            return DeadlineRole.valueOf(raw);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": \"" + at + "\" '" + raw + "' is not one of " + Arrays.toString(DeadlineRole.values()));
            return null;
        }
    }
}
