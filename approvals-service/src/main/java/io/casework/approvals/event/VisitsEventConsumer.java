package io.casework.approvals.event;

import io.casework.approvals.service.FailedAccessAlerts;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * visits-service's announcements of failed access (004 "Failed visits"), applied once each: a step escalated becomes
 * an alert in the inbox of the manager it names, and the end of the failed access settles its alerts. A record that
 * is not a valid event goes to this service's dead-letter topic with the reason; the visits' other events (visits
 * scheduled, completed) are acknowledged and ignored.
 */
@ApplicationScoped
public class VisitsEventConsumer {

    static final String CHANNEL = "visits-events";

    @Inject
    InboundEvents inbound;

    @Inject
    FailedAccessAlerts failedAccess;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = inbound.handlers()
                .on(FailedAccessEscalated.class, failedAccess::escalated)
                .on(FailedAccessEnded.class, failedAccess::ended);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
