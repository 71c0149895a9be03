package io.casework.casenotes.event;

import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.AccessLogService;
import io.casework.casenotes.service.PathwayDueDates;
import io.casework.casenotes.service.RiskAlertReviewDates;
import io.casework.contracts.events.AccessRecorded;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What visits-service and deadlines-service tell this service: the accesses they served, for the child's access log
 * (the log read in one place holds every service's accesses: ARCHITECTURE "Security"), and the deadlines
 * deadlines-service opened or extended, which give a C&F its due date and its priority reminder's date, and a risk
 * alert the day its next review is due.
 */
@ApplicationScoped
public class PeerEventsConsumer {

    static final String CHANNEL = "peer-events";

    @Inject
    InboundEvents inbound;

    @Inject
    AccessLogService accessLog;

    @Inject
    PathwayDueDates pathwayDueDates;

    @Inject
    RiskAlertReviewDates riskAlertReviews;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = inbound.handlers()
                .on(AccessRecorded.class, accessLog::append)
                // Each kind of deadline gives its own date: a C&F's, an alert's review (each ignores the others).
                .on(DeadlineOpened.class, opened -> {
                    pathwayDueDates.opened(opened);
                    riskAlertReviews.opened(opened);
                })
                .on(DeadlineExtended.class, extended -> {
                    pathwayDueDates.extended(extended);
                    riskAlertReviews.extended(extended);
                });
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
