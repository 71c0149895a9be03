package io.casework.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The own facts of each kind of pathway step and of its outcome, checked against the one pathway details schema
 * ({@code schemas/pathway-step-details.v1.json}): a step's {@code details} against the definition named by its kind,
 * an outcome's against {@code outcome-<KIND>}. The schema is data, shared by case-notes-service (which refuses bad
 * details with a problem naming each field), the events that carry the details, and the front-ends that are shown a
 * kind's definition to build their forms; so a kind's facts are defined once.
 *
 * <p>Every definition is self-contained (no {@code $ref}), so that the definition a front-end is shown is the whole of
 * what is checked. The schema is loaded and compiled once, when the class is first used.
 */
public final class PathwayDetails {

    /** The classpath resource of the pathway details schema. */
    public static final String SCHEMA = "schemas/pathway-step-details.v1.json";

    /** One fact that breaks the kind's definition. */
    public record Violation(String field, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "details";
    private static final Definitions STEPS;
    private static final Definitions OUTCOMES;

    static {
        JsonNode document = EventSchemas.document(SCHEMA);
        STEPS = Definitions.of(document, "");
        OUTCOMES = Definitions.of(document, "outcome-");
    }

    private PathwayDetails() {
    }

    /** A kind's definitions: each as written and compiled. */
    private record Definitions(Map<PathwayStepKind, JsonNode> nodes, Map<PathwayStepKind, JsonSchema> schemas) {

        static Definitions of(JsonNode document, String prefix) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            // Formats (date, date-time) are only annotations in 2020-12 unless asserted; a bad date must be refused.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            Map<PathwayStepKind, JsonNode> nodes = new EnumMap<>(PathwayStepKind.class);
            Map<PathwayStepKind, JsonSchema> schemas = new EnumMap<>(PathwayStepKind.class);
            for (PathwayStepKind kind : PathwayStepKind.values()) {
                JsonNode definition = document.path("$defs").path(prefix + kind.name());
                if (!definition.isObject()) {
                    throw new IllegalStateException(SCHEMA + " has no definition " + prefix + kind.name());
                }
                ObjectNode standalone = definition.deepCopy();
                standalone.put("$schema", document.path("$schema").asText());
                nodes.put(kind, definition);
                schemas.put(kind, factory.getSchema(standalone, config));
            }
            return new Definitions(nodes, schemas);
        }
    }

    /** What breaks the definition of the kind's own facts; empty when the details are valid. Null is no facts. */
    public static List<Violation> ofStep(PathwayStepKind kind, Map<String, Object> details) {
        return check(STEPS.schemas().get(kind), details);
    }

    /** What breaks the definition of the facts the kind's outcome carries; empty when valid. Null is no facts. */
    public static List<Violation> ofOutcome(PathwayStepKind kind, Map<String, Object> details) {
        return check(OUTCOMES.schemas().get(kind), details);
    }

    /** The definition of the kind's own facts, as a JSON Schema object (for a front-end to build its form). */
    public static Map<String, Object> schemaOf(PathwayStepKind kind) {
        return asMap(STEPS.nodes().get(kind));
    }

    /** The definition of the facts the kind's outcome carries, as a JSON Schema object. */
    public static Map<String, Object> outcomeSchemaOf(PathwayStepKind kind) {
        return asMap(OUTCOMES.nodes().get(kind));
    }

    private static Map<String, Object> asMap(JsonNode definition) {
        // A fresh copy each time: a caller may change what it is given without changing the schema.
        return JSON.convertValue(definition, new TypeReference<>() {
        });
    }

    private static List<Violation> check(JsonSchema schema, Map<String, Object> details) {
        JsonNode instance = details == null ? JSON.createObjectNode() : JSON.valueToTree(details);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(instance)) {
            violations.add(violation(message));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return List.copyOf(violations.stream().distinct().toList());
    }

    /** The library's message made short and named by the field's path inside the details. */
    private static Violation violation(ValidationMessage message) {
        String at = field(message.getInstanceLocation());
        JsonNode keyword = message.getSchemaNode();
        return switch (message.getType()) {
            case "required" -> new Violation(child(at, message.getProperty()), "is required");
            case "additionalProperties" -> new Violation(child(at, message.getProperty()), "is not a known field");
            case "enum" -> new Violation(at, "must be one of " + StreamSupport.stream(keyword.spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.joining(", ")));
            case "format" -> new Violation(at, switch (keyword.asText()) {
                case "date" -> "must be a date (YYYY-MM-DD)";
                case "date-time" -> "must be a date and time with its offset (YYYY-MM-DDThh:mm:ssZ)";
                default -> "must be in the format " + keyword.asText();
            });
            case "type" -> new Violation(at, "must be " + article(keyword.asText()));
            case "minLength" -> new Violation(at, "must be at least " + count(keyword.asInt(), "character"));
            case "maxLength" -> new Violation(at, "must be at most " + count(keyword.asInt(), "character"));
            case "minItems" -> new Violation(at, "must have at least " + count(keyword.asInt(), "item"));
            case "maxItems" -> new Violation(at, "must have at most " + count(keyword.asInt(), "item"));
            default -> new Violation(at, message.getError());
        };
    }

    /**
     * The instance location as {@code details.furtherActions[0].byWhen}, built from its elements: the library prints a
     * location as a JSON pointer or a JSON path depending on the schema's dialect, and a caller wants one form.
     */
    private static String field(JsonNodePath location) {
        StringBuilder field = new StringBuilder(ROOT);
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append('.').append(element);
            }
        }
        return field.toString();
    }

    private static String child(String at, String property) {
        return property == null ? at : at + "." + property;
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    private static String article(String type) {
        return switch (type) {
            case "array", "object", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }
}
