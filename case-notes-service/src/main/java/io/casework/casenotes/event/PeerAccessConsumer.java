package io.casework.casenotes.event;

import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.AccessLogService;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.AccessRecorded;
import io.smallrye.reactive.messaging.annotations.Blocking;
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

    @Incoming(CHANNEL)
    @Blocking
    public void onPeerEvent(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        if (EventType.ACCESS_RECORDED.type().equals(event.type())) {
            accessLog.append(inbound.codec().data(event, AccessRecorded.class));
        }
    }
}
