package io.casework.approvals.event;

import io.casework.approvals.service.InboxService;
import io.casework.approvals.service.InboxStream;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Wakes this replica's live inbox streams from this service's own topic; see {@link InboxStream} for why. Nothing
 * here changes state, so a record that cannot be read is skipped (failure strategy "ignore"): the streams' own
 * periodic look still finds its notifications.
 */
@ApplicationScoped
public class InboxBroadcastConsumer {

    @Inject
    EventCodec codec;

    @Inject
    InboxStream stream;

    @Inject
    InboxService inbox;

    @Incoming("approvals-broadcast")
    @Blocking
    public void onApprovalsEvent(String value) {
        if (!stream.hasListeners()) {
            return;
        }
        EventEnvelope event = codec.read(value);
        UUID requestId = null;
        if (EventType.APPROVAL_REQUESTED.type().equals(event.type())) {
            requestId = codec.data(event, ApprovalRequested.class).requestId();
        } else if (EventType.APPROVAL_DECIDED.type().equals(event.type())) {
            requestId = codec.data(event, ApprovalDecided.class).requestId();
        }
        if (requestId != null) {
            stream.wake(inbox.recipientsAbout(requestId));
        }
    }
}
