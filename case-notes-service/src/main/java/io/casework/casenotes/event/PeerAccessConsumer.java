package io.casework.casenotes.event;

import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.AccessLogService;
import io.casework.contracts.events.AccessRecorded;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The accesses visits-service and deadlines-service served, from their topics, for the child's access log: the log
 * read in one place holds every service's accesses (ARCHITECTURE "Security").
 */
@ApplicationScoped
public class PeerAccessConsumer {

    static final String CHANNEL = "peer-events";

    @Inject
    InboundEvents inbound;

    @Inject
    AccessLogService accessLog;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = inbound.handlers().on(AccessRecorded.class, accessLog::append);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
