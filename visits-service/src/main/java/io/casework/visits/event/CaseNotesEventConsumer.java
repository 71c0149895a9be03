package io.casework.visits.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitRecorded;
import io.casework.visits.service.VisitPlanningService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads case-notes-service's topic. Each event is applied once (the inbox); a record that is not a valid event, or
 * one about a child never registered here, goes to {@code casework.visits.dlq} with the reason; any other failure is
 * retried until it passes (see {@link InboundEvents}).
 */
@ApplicationScoped
public class CaseNotesEventConsumer {

    static final String CHANNEL = "case-notes-events";

    @Inject
    InboundEvents inbound;

    @Inject
    VisitPlanningService planning;

    @Inject
    AccessReadModel accessFacts;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        // Each child's team, allocation and IRO, for the access policy.
        accessFacts.apply(event);
        EventType type = EventType.of(event.type()).orElseThrow();
        switch (type) {
            case CHILD_REGISTERED -> planning.childRegistered(inbound.codec().data(event, ChildRegistered.class));
            case VISIT_RECORDED -> planning.visitRecorded(inbound.codec().data(event, VisitRecorded.class));
            case CHILD_ALLOCATED -> planning.childAllocated(inbound.codec().data(event, ChildAllocated.class));
            default -> {
                // The topic carries every case-notes event; the others are no business of visit planning.
            }
        }
    }
}
