package io.casework.visits.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.visits.service.KeepInTouchService;
import io.casework.visits.service.VisitPlanningService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
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
    KeepInTouchService keepInTouch;

    @Inject
    AccessReadModel accessFacts;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        // Each child's team, allocation and IRO, for the access policy; then what visit planning follows.
        handlers = accessFacts.keptBy(inbound.handlers())
                .on(ChildRegistered.class, planning::childRegistered)
                .on(VisitRecorded.class, planning::visitRecorded)
                .on(ChildAllocated.class, planning::childAllocated)
                .on(ChildDetailsChanged.class, planning::childDetailsChanged)
                .on(ChildBorn.class, planning::childBorn)
                .on(PathwayStepStarted.class, planning::pathwayStepStarted)
                .on(PathwayStepHeld.class, planning::pathwayStepHeld)
                .on(PathwayStepEnded.class, planning::pathwayStepEnded)
                .on(KeepInTouchRecorded.class, keepInTouch::keepInTouchRecorded);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
