package io.casework.deadlines;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Topics;
import io.casework.testing.TopicProbe;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;

/**
 * Publishes events as case-notes-service and visits-service would, onto this test run's own topics, and names the
 * topics this service writes to in the run.
 */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();

    private TestEvents() {
    }

    private static String run() {
        return ConfigProvider.getConfig().getValue("casework.test-run", String.class);
    }

    public static String caseNotesTopic() {
        return "test-" + run() + ".case-notes";
    }

    public static String visitsTopic() {
        return "test-" + run() + ".visits";
    }

    public static String deadlinesTopic() {
        return "test-" + run() + ".deadlines";
    }

    public static String deadLetterTopic() {
        return "test-" + run() + ".deadlines.dlq";
    }

    /** A valid envelope, as its owning service would publish it about the child. */
    public static EventEnvelope envelope(Object payload, UUID childId) {
        boolean visits = EventType.of(payload.getClass()).orElseThrow().topic().equals(Topics.VISITS);
        return CODEC.wrap(payload, visits ? "/visits-service" : "/case-notes-service", childId.toString(), null);
    }

    /** Sends the envelope to the topic of the service that owns its type, keyed by child. */
    public static EventEnvelope send(EventEnvelope envelope) {
        String topic = envelope.source().equals("/visits-service") ? visitsTopic() : caseNotesTopic();
        TopicProbe.send(topic, envelope.subject(), CODEC.write(envelope));
        return envelope;
    }

    public static EventEnvelope send(Object payload, UUID childId) {
        return send(envelope(payload, childId));
    }

    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        return CODEC.data(envelope, type);
    }
}
