package io.casework.approvals.event;

import io.casework.approvals.service.ApprovalService;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Case notes submitted for oversight become approval requests, once each. A record that is not a valid event, or a
 * note whose team has nobody to approve it, goes to this service's dead-letter topic with the reason.
 */
@ApplicationScoped
public class CaseNoteEventConsumer {

    static final String CHANNEL = "case-notes-events";

    @Inject
    InboundEvents inbound;

    @Inject
    ApprovalService approvals;

    @Inject
    AccessReadModel accessFacts;

    @Incoming(CHANNEL)
    @Blocking
    public void onCaseNotesEvent(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        // Children, their allocation and IRO: what the access policy and the leaving check need here.
        if (accessFacts.apply(event)) {
            return;
        }
        if (EventType.CASE_NOTE_SUBMITTED.type().equals(event.type())) {
            approvals.requestOversight(inbound.codec().data(event, CaseNoteSubmitted.class));
        }
    }
}
