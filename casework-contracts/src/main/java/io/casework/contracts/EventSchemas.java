package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The envelope schema and every type's data schema, loaded once from this module's classpath, in two readings.
 *
 * <p>Events evolve compatibly (docs/api-conventions.md "Events"): a producer may add a property to a type without a
 * new version. So a producer is checked strictly, against the schema as written (no property the schema does not
 * name), while a consumer is checked against the same schema with every {@code additionalProperties: false}
 * lifted: it still refuses what breaks the rules it knows (a missing required property, a wrong type or format), but
 * a property it does not know yet is no defect and never sends the event to the dead letters.
 */
public final class EventSchemas {

    /** The classpath resource of the envelope's schema. */
    public static final String ENVELOPE = "schemas/envelope.v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reading published;
    private final Reading received;

    private EventSchemas(Reading published, Reading received) {
        this.published = published;
        this.received = received;
    }

    /** One reading of every schema: the envelope's and each type's data schema. */
    private record Reading(JsonSchema envelope, Map<EventType, JsonSchema> data) {
    }

    public static EventSchemas load() {
        return new EventSchemas(reading(UnaryOperator.identity()), reading(EventSchemas::tolerant));
    }

    private static Reading reading(UnaryOperator<JsonNode> view) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // Formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted; we want them enforced.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema envelope = factory.getSchema(view.apply(document(ENVELOPE)), config);
        Map<EventType, JsonSchema> data = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            data.put(type, factory.getSchema(view.apply(document(type.schemaResource(EventType.CURRENT_VERSION))),
                    config));
        }
        return new Reading(envelope, data);
    }

    /** A schema document of this module, as JSON. */
    public static JsonNode document(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing JSON Schema " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a schema in which no object refuses a property it does not name. */
    static JsonNode tolerant(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        lift(copy);
        return copy;
    }

    private static void lift(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("additionalProperties").isBoolean()
                && !object.path("additionalProperties").asBoolean()) {
            object.remove("additionalProperties");
        }
        node.forEach(EventSchemas::lift);
    }

    /** A producer's check: the event exactly as the schemas describe it; throws naming every violation. */
    public void checkPublished(JsonNode event, EventType type, int version) {
        check(published, event, type, version);
    }

    /** A consumer's check: what it relies on must hold; properties it does not know are let through. */
    public void checkReceived(JsonNode event, EventType type, int version) {
        check(received, event, type, version);
    }

    private static void check(Reading reading, JsonNode event, EventType type, int version) {
        if (version != EventType.CURRENT_VERSION) {
            throw new InvalidEventException(type.type() + " data version " + version + " is not supported");
        }
        fail("envelope", reading.envelope().validate(event));
        fail(type.type() + " data", reading.data().get(type).validate(event.path("data")));
    }

    private static void fail(String what, Set<ValidationMessage> messages) {
        if (!messages.isEmpty()) {
            throw new InvalidEventException(what + " invalid: " + messages.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }
}
