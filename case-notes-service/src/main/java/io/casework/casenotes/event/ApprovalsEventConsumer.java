package io.casework.casenotes.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.AccessLogService;
import io.casework.casenotes.service.OversightService;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.AccessRecorded;
import io.casework.contracts.events.ApprovalDecided;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What approvals-service tells this service: decisions it owns the effect of, the organisation model the access
 * policy reads, and the accesses approvals-service served, for the child's access log.
 */
@ApplicationScoped
public class ApprovalsEventConsumer {

    static final String CHANNEL = "approvals-events";

    @Inject
    InboundEvents inbound;

    @Inject
    OversightService oversight;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    AccessLogService accessLog;

    @Incoming(CHANNEL)
    @Blocking
    public void onApprovalsEvent(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        EventType type = EventType.of(event.type()).orElseThrow();
        switch (type) {
            case APPROVAL_DECIDED -> {
                ApprovalDecided decision = inbound.codec().data(event, ApprovalDecided.class);
                if (OversightService.NOTE_OVERSIGHT.contains(decision.kind())) {
                    oversight.apply(decision);
                }
            }
            case STAFF_MEMBER_CHANGED, TEAM_CHANGED -> accessFacts.apply(event);
            case ACCESS_RECORDED -> accessLog.append(inbound.codec().data(event, AccessRecorded.class));
            default -> {
                // Requests and the other events of the topic are approvals-service's own business.
            }
        }
    }
}
