package io.casework.casenotes.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts of a chained entry (a pathway step's, a risk alert's, a closure's) as plain JSON values: names and values
 * in pairs, nulls left out, times, dates, ids and enums as their ISO or plain text, times cut to what the database
 * keeps, so that the seal made before the insert reads back the same from the stored row.
 */
public final class EntryFacts {

    private EntryFacts() {
    }

    public static Map<String, Object> of(Object... pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = plain(pairs[i + 1]);
            if (value != null) {
                facts.put((String) pairs[i], value);
            }
        }
        return facts;
    }

    private static Object plain(Object value) {
        if (value instanceof Instant instant) {
            return ChainFields.storable(instant).toString();
        }
        if (value instanceof LocalDate || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EntryFacts::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value;
    }
}
