package io.casework.approvals.event;

import io.casework.approvals.service.DeadlineAlerts;
import io.casework.approvals.service.DirectDecisions;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * deadlines-service's announcements, applied once each (issue 15): due dates, which decisions' requests take instead
 * of counting them again, and breaches and escalation steps, which become alerts in the inbox of whom the rule names.
 * A record that is not a valid event goes to this service's dead-letter topic with the reason; other types (a deadline
 * met) are acknowledged and ignored.
 */
@ApplicationScoped
public class DeadlineEventConsumer {

    static final String CHANNEL = "deadlines-events";

    @Inject
    InboundEvents inbound;

    @Inject
    DeadlineAlerts deadlines;

    @Inject
    DirectDecisions direct;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = inbound.handlers()
                .on(DeadlineOpened.class, deadlines::opened)
                .on(DeadlineExtended.class, extension -> {
                    deadlines.extended(extension);
                    direct.deadlineExtended(extension);
                })
                .on(DeadlineBreached.class, deadlines::breached)
                .on(DeadlineEscalated.class, deadlines::escalated);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
