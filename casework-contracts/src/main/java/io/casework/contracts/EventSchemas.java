package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.stream.Collectors;

/** The envelope schema and every type's data schema, loaded once from this module's classpath. */
public final class EventSchemas {

    private final JsonSchema envelope;
    private final Map<EventType, JsonSchema> dataSchemas;

    private EventSchemas(JsonSchema envelope, Map<EventType, JsonSchema> dataSchemas) {
        this.envelope = envelope;
        this.dataSchemas = dataSchemas;
    }

    public static EventSchemas load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // Formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted; we want them enforced.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema envelope = schema(factory, config, "schemas/envelope.v1.json");
        Map<EventType, JsonSchema> data = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            data.put(type, schema(factory, config, type.schemaResource(EventType.CURRENT_VERSION)));
        }
        return new EventSchemas(envelope, data);
    }

    private static JsonSchema schema(JsonSchemaFactory factory, SchemaValidatorsConfig config, String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing JSON Schema " + resource);
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks an envelope and its data; throws {@link InvalidEventException} listing every violation. */
    public void check(JsonNode event, EventType type, int version) {
        if (version != EventType.CURRENT_VERSION) {
            throw new InvalidEventException(type.type() + " data version " + version + " is not supported");
        }
        fail("envelope", envelope.validate(event));
        fail(type.type() + " data", dataSchemas.get(type).validate(event.path("data")));
    }

    private static void fail(String what, Set<ValidationMessage> messages) {
        if (!messages.isEmpty()) {
            throw new InvalidEventException(what + " invalid: " + messages.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }
}
