package io.casework.casenotes.domain.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a field of the record is written in its history, and how two versions of the record are compared. A single
 * value is its text (a date as ISO-8601, a yes/no as true/false); a list (addresses, household) is its JSON, with
 * each item's properties in the order the API documents them, so that the same list always reads the same.
 */
public final class RecordValues {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RecordValues() {
    }

    public static String text(Object value) {
        if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
            return null;
        }
        if (value instanceof Collection<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a record's list always serialises", e);
            }
        }
        return value.toString();
    }

    /** The fields whose value differs between the two, in the order given, each as it was and as it becomes. */
    public static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String was = text(before.get(field));
            String becomes = text(value);
            if (!Objects.equals(was, becomes)) {
                changes.add(new FieldChange(field, was, becomes));
            }
        });
        return changes;
    }
}
