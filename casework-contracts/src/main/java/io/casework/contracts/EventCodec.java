package io.casework.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes and reads events, checking each against its JSON Schema on both sides: a producer cannot publish an
 * event its consumers would refuse, and a consumer refuses (to its dead-letter topic) what breaks the rules it
 * knows. A property the consumer does not know (added by a newer producer) is read past, by the schemas and by the
 * binding of the payload to its record, never refused: see {@link EventSchemas}.
 */
public final class EventCodec {

    private final ObjectMapper mapper;
    /** Binds what was received: properties the payload records do not have are read past. */
    private final ObjectMapper reader;
    private final EventSchemas schemas;

    public EventCodec() {
        this(EventSchemas.load());
    }

    public EventCodec(EventSchemas schemas) {
        this.schemas = schemas;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Wraps a payload in a new envelope with a fresh id, validated against the type's schema. */
    public EventEnvelope wrap(Object payload, String source, String subject, String traceparent) {
        return wrap(UUID.randomUUID(), payload, source, subject, traceparent);
    }

    /** The same, under an id the caller chose: one derived from what caused the event, so that a replay repeats it. */
    public EventEnvelope wrap(UUID id, Object payload, String source, String subject, String traceparent) {
        EventType type = EventType.of(payload.getClass())
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payload.getClass().getName()));
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, id.toString(), type.type(),
                source, subject, OffsetDateTime.now(ZoneOffset.UTC), EventType.CURRENT_VERSION, traceparent,
                mapper.valueToTree(payload));
        schemas.checkPublished(mapper.valueToTree(envelope), type, envelope.dataversion());
        return envelope;
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + envelope.id(), e);
        }
    }

    /** Parses and validates a record's value; any defect is an {@link InvalidEventException} naming it. */
    public EventEnvelope read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value");
        }
        JsonNode tree;
        try {
            tree = reader.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        String typeName = tree.path("type").asText("");
        EventType type = EventType.of(typeName)
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + typeName + "'"));
        schemas.checkReceived(tree, type, tree.path("dataversion").asInt(0));
        try {
            return reader.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("envelope does not bind: " + e.getOriginalMessage(), e);
        }
    }

    /** The payload of a validated envelope as its record type. */
    public <T> T data(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return reader.treeToValue(envelope.data(), payloadType);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data does not bind to " + payloadType.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
