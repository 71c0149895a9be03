package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a changed event schema can still be read by the consumers of the schema it replaces.
 *
 * <p>A consumer reads with the old schema, tolerantly (a property it does not know is let through, see
 * {@link EventSchemas}); the producer writes what the new schema allows. The change is compatible when everything
 * the new schema allows the old one accepted: nothing the old one required is dropped or made optional, no value
 * becomes possible that the old one refused (a new enum value, a longer string, another type or format), and a
 * property the old one described is not set free. New optional or required properties are compatible. Only the
 * keywords this project's schemas use are compared; any other keyword must be unchanged.
 */
public final class SchemaCompatibility {

    /** The keywords compared one by one; any other must be equal in both. */
    private static final Set<String> COMPARED = Set.of("$schema", "$id", "title", "description", "examples", "type",
            "properties", "required", "additionalProperties", "items", "enum", "const", "format", "pattern",
            "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems");

    private SchemaCompatibility() {
    }

    /** What in {@code next} would break a consumer of {@code previous}: empty when it is compatible. */
    public static List<String> breaks(JsonNode previous, JsonNode next) {
        List<String> breaks = new ArrayList<>();
        compare("", previous, next, breaks);
        return breaks;
    }

    private static void compare(String at, JsonNode previous, JsonNode next, List<String> breaks) {
        String where = at.isEmpty() ? "(root)" : at;
        sameWhereSet(where, "type", previous, next, breaks);
        sameWhereSet(where, "const", previous, next, breaks);
        sameWhereSet(where, "format", previous, next, breaks);
        sameWhereSet(where, "pattern", previous, next, breaks);
        if (previous.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            previous.get("enum").forEach(allowed::add);
            if (!next.has("enum")) {
                breaks.add(where + ": no longer limited to " + previous.get("enum"));
            } else {
                next.get("enum").forEach(value -> {
                    if (!allowed.contains(value)) {
                        breaks.add(where + ": new value " + value + " that consumers refuse");
                    }
                });
            }
        }
        for (String lower : List.of("minLength", "minimum", "minItems")) {
            bound(where, lower, previous, next, true, breaks);
        }
        for (String upper : List.of("maxLength", "maximum", "maxItems")) {
            bound(where, upper, previous, next, false, breaks);
        }
        Set<String> nowRequired = names(next.path("required"));
        for (String required : names(previous.path("required"))) {
            if (!nowRequired.contains(required)) {
                breaks.add(where + ": " + required + " is no longer required, and consumers rely on it");
            }
        }
        JsonNode nextProperties = next.path("properties");
        boolean closed = next.path("additionalProperties").isBoolean()
                && !next.path("additionalProperties").asBoolean();
        for (Iterator<Map.Entry<String, JsonNode>> it = previous.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = at + "/" + property.getKey();
            if (nextProperties.has(property.getKey())) {
                compare(path, property.getValue(), nextProperties.get(property.getKey()), breaks);
            } else if (!closed) {
                breaks.add(path + ": no longer described, so it may carry what consumers refuse");
            }
        }
        if (previous.has("items")) {
            if (next.has("items")) {
                compare(at + "/items", previous.get("items"), next.get("items"), breaks);
            } else {
                breaks.add(where + ": items no longer described");
            }
        }
        for (Iterator<String> it = previous.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!COMPARED.contains(keyword) && !previous.get(keyword).equals(next.get(keyword))) {
                breaks.add(where + ": " + keyword + " changed (not compared, so it must stay as it was)");
            }
        }
        for (Iterator<String> it = next.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!COMPARED.contains(keyword) && !previous.has(keyword)) {
                breaks.add(where + ": " + keyword + " added (not compared, so it cannot be added)");
            }
        }
    }

    /** A keyword the previous schema set must be set, to the same value, in the next. */
    private static void sameWhereSet(String where, String keyword, JsonNode previous, JsonNode next,
            List<String> breaks) {
        if (previous.has(keyword) && !previous.get(keyword).equals(next.get(keyword))) {
            breaks.add(where + ": " + keyword + " " + previous.get(keyword) + " became "
                    + (next.has(keyword) ? next.get(keyword) : "unset"));
        }
    }

    /** A bound may tighten, never loosen: a lower bound may rise, an upper bound may fall. */
    private static void bound(String where, String keyword, JsonNode previous, JsonNode next, boolean lower,
            List<String> breaks) {
        if (!previous.has(keyword)) {
            return;
        }
        double was = previous.get(keyword).asDouble();
        if (!next.has(keyword)) {
            breaks.add(where + ": " + keyword + " " + previous.get(keyword) + " removed");
            return;
        }
        double is = next.get(keyword).asDouble();
        if (lower ? is < was : is > was) {
            breaks.add(where + ": " + keyword + " loosened from " + previous.get(keyword) + " to " + next.get(keyword));
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
