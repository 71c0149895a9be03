package io.casework.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The CloudEvents-style envelope around every event the suite publishes.
 *
 * @param specversion  always "1.0": the envelope follows CloudEvents 1.0 attribute names
 * @param id           unique per event; consumers deduplicate on it
 * @param type         the event type, one of {@link EventType#type()}
 * @param source       the publishing service, e.g. "/case-notes-service"
 * @param subject      the child the event concerns (also the Kafka record key), or the aggregate id otherwise
 * @param time         when the state change was made, in its transaction (just before it committed)
 * @param dataversion  version of the data schema; a consumer refuses versions it does not know
 * @param traceparent  W3C trace context of the request that caused the event, when there was one
 * @param data         the event's payload, validated against the type's JSON Schema
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        int dataversion,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
