package io.casework.casenotes.event;

import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.OversightService;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ApprovalDecided;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Decisions made in approvals-service that this service owns the effect of. */
@ApplicationScoped
public class ApprovalsEventConsumer {

    static final String CHANNEL = "approvals-events";

    @Inject
    InboundEvents inbound;

    @Inject
    OversightService oversight;

    @Incoming(CHANNEL)
    @Blocking
    public void onApprovalsEvent(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        if (!EventType.APPROVAL_DECIDED.type().equals(event.type())) {
            return;
        }
        ApprovalDecided decision = inbound.codec().data(event, ApprovalDecided.class);
        if (OversightService.NOTE_OVERSIGHT.contains(decision.kind())) {
            oversight.apply(decision);
        }
    }
}
