package io.casework.approvals;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventType;
import io.casework.testing.TopicProbe;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.UUID;

/**
 * What this service publishes on its topic during a test class, read from the start of the class: register it with
 * {@code @RegisterExtension static final PublishedApprovals PUBLISHED = new PublishedApprovals();} and wait for an
 * event about a child. Opened before the class's tests, closed after them.
 */
public final class PublishedApprovals implements BeforeAllCallback, AfterAllCallback {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final EventCodec CODEC = new EventCodec();

    private TopicProbe probe;

    @Override
    public void beforeAll(ExtensionContext context) {
        probe = new TopicProbe(TestTopics.approvals());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (probe != null) {
            probe.close();
        }
    }

    /** The data of the next event of {@code type} about the child, waiting up to 20 seconds for it. */
    public <T> T next(EventType type, UUID childId, Class<T> data) {
        return CODEC.data(probe.awaitEvent(type.type(), childId.toString(), WAIT), data);
    }
}
