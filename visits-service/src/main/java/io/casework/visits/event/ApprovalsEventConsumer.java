package io.casework.visits.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The organisation model as approvals-service publishes it: who holds which post, for the access policy. */
@ApplicationScoped
public class ApprovalsEventConsumer {

    static final String CHANNEL = "approvals-events";

    @Inject
    InboundEvents inbound;

    @Inject
    AccessReadModel accessFacts;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        // Staff and teams; approvals-service's requests and decisions are no business of visit planning.
        handlers = accessFacts.keptBy(inbound.handlers());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
