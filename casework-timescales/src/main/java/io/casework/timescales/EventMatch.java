package io.casework.timescales;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An event of the suite that opens, meets or cancels a tracked deadline, by its type name (for example
 * {@code casework.case-notes.pathway-step-started}), with an optional condition on its data.
 *
 * <p>The condition is deliberately small: each named field of the event's data must have one of the listed values,
 * compared as text. {@code {"kind": ["CF_ASSESSMENT"]}} matches a pathway step of that kind only. An empty
 * condition matches every event of the type.
 *
 * @param eventType the event type's name, {@code casework.<service>.<name>}
 * @param when field of the event's data to the values that match, all fields having to match
 */
public record EventMatch(String eventType, Map<String, List<String>> when) {

    public EventMatch {
        Objects.requireNonNull(eventType, "eventType");
        when = Map.copyOf(when);
    }

    public static EventMatch of(String eventType) {
        return new EventMatch(eventType, Map.of());
    }

    /**
     * Whether an event of {@code type} whose data gives {@code field} (null for a field it lacks) is this one.
     * Values are compared as text, so an enum matches by name and a boolean as {@code true} or {@code false}.
     */
    public boolean matches(String type, Function<String, Object> field) {
        if (!eventType.equals(type)) {
            return false;
        }
        return when.entrySet().stream().allMatch(condition -> {
            Object value = field.apply(condition.getKey());
            return value != null && condition.getValue().contains(String.valueOf(value));
        });
    }
}
