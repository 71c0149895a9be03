package io.casework.approvals.event;

import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.service.ApprovalService;
import io.casework.approvals.service.InboxStream;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Feeds this replica's live inbox streams from this service's own topic; see {@link InboxStream} for why. Nothing
 * here changes state, so a record that cannot be read is logged and skipped (failure strategy "ignore").
 */
@ApplicationScoped
public class InboxBroadcastConsumer {

    private static final Logger LOG = Logger.getLogger(InboxBroadcastConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    InboxStream stream;

    @Inject
    ApprovalService approvals;

    @Incoming("approvals-broadcast")
    @Blocking
    @ActivateRequestContext
    public void onApprovalsEvent(String value) {
        if (!stream.hasListeners()) {
            return;
        }
        EventEnvelope event = codec.read(value);
        if (EventType.APPROVAL_REQUESTED.type().equals(event.type())) {
            ApprovalRequested requested = codec.data(event, ApprovalRequested.class);
            stream.push(Set.of(requested.assignee()), new InboxEventDto(InboxEventDto.REQUESTED, event.id(),
                    requested.requestId(), requested.kind(), requested.childId(), requested.subjectId(),
                    requested.team(), requested.assignee(), requested.requestedBy(), null, null, null, null,
                    requested.requestedAt()));
        } else if (EventType.APPROVAL_DECIDED.type().equals(event.type())) {
            pushDecision(event, codec.data(event, ApprovalDecided.class));
        }
    }

    // The decided event does not name the requester, so it is looked up in this service's own database.
    private void pushDecision(EventEnvelope event, ApprovalDecided decided) {
        approvals.participants(decided.requestId()).ifPresentOrElse(participants -> {
            Set<String> recipients = new LinkedHashSet<>();
            recipients.add(participants.requestedBy());
            recipients.add(participants.assignee());
            stream.push(recipients, new InboxEventDto(InboxEventDto.DECIDED, event.id(), decided.requestId(),
                    decided.kind(), decided.childId(), decided.subjectId(), null, participants.assignee(),
                    participants.requestedBy(), decided.outcome(), decided.decidedBy(), decided.decidedByName(),
                    decided.decidedByDesignation(), decided.decidedAt()));
        }, () -> LOG.warnf("Decision %s is on a request this service does not hold; not streamed", event.id()));
    }
}
