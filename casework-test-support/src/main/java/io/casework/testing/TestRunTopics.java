package io.casework.testing;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;

/**
 * The topics of this test run, and events published on them as another service would publish them. A service's
 * module tests consume and publish on {@code test-<run>.<service>} topics of their own (its {@code %test} profile
 * names them after {@code casework.test-run}), so they never meet another run's records on the shared broker.
 */
public final class TestRunTopics {

    private static final EventCodec CODEC = new EventCodec();

    private TestRunTopics() {
    }

    /** {@code test-<run>.<name>}, such as {@code topic("case-notes")} or {@code topic("visits.dlq")}. */
    public static String topic(String name) {
        return "test-" + ConfigProvider.getConfig().getValue("casework.test-run", String.class) + "." + name;
    }

    /** The dead-letter topic of the consuming service under test, such as {@code deadLetters("visits")}. */
    public static String deadLetters(String service) {
        return topic(service + ".dlq");
    }

    /**
     * Publishes the payload as the service that owns its type would (its source, keyed by the child) on that
     * service's topic of this run; returns the envelope sent.
     */
    public static EventEnvelope publishAsOwner(Object payload, UUID childId) {
        EventType type = EventType.of(payload.getClass()).orElseThrow();
        if (type.topic() == null) {
            throw new IllegalArgumentException(type.type() + " is published by several services: name one");
        }
        return publishAs(Topics.publisher(type.topic()), payload, childId);
    }

    /** Sends an envelope already sent once again, as a redelivery: the same id, on its source's topic of this run. */
    public static EventEnvelope redeliver(EventEnvelope envelope) {
        // The source is "/<service>-service", as publishAs writes it.
        String service = envelope.source().substring(1, envelope.source().length() - "-service".length());
        TopicProbe.send(topic(service), envelope.subject(), CODEC.write(envelope));
        return envelope;
    }

    /** Publishes the payload as {@code <service>-service} would, on its topic of this run. */
    public static EventEnvelope publishAs(String service, Object payload, UUID childId) {
        EventEnvelope envelope = CODEC.wrap(payload, "/" + service + "-service", childId.toString(), null);
        TopicProbe.send(topic(service), childId.toString(), CODEC.write(envelope));
        return envelope;
    }
}
