package io.casework.deadlines.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertReviewed;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.deadlines.service.ApprovedExtensions;
import io.casework.deadlines.service.DeadlineService;
import io.casework.deadlines.service.FailedAccessDeadlines;
import io.casework.deadlines.service.PathwayDeadlines;
import io.casework.deadlines.service.RiskAlertDeadlines;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Case notes and visits events, and the managers' decisions this service applies, applied at most once each. A
 * record that is not a valid event goes to the dead-letter topic with the reason; any other failure is retried until
 * it passes (see {@link InboundEvents}). Event types not tracked here are acknowledged and ignored, and still recorded
 * as processed.
 */
@ApplicationScoped
public class CaseworkEventConsumer {

    static final String CHANNEL = "casework-events";

    @Inject
    InboundEvents inbound;

    @Inject
    DeadlineService deadlines;

    @Inject
    PathwayDeadlines pathway;

    @Inject
    RiskAlertDeadlines riskAlerts;

    @Inject
    FailedAccessDeadlines failedAccess;

    @Inject
    ApprovedExtensions approvedExtensions;

    @Inject
    AccessReadModel accessFacts;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        // Children, allocation, IRO and the organisation model, for the access policy; then the deadlines.
        handlers = accessFacts.keptBy(inbound.handlers())
                .on(VisitScheduled.class, deadlines::openStatutoryVisit)
                .on(VisitCompleted.class, (visit, event) -> deadlines.meetStatutoryVisit(visit,
                        event.time().toInstant()))
                .on(VisitWithdrawn.class, deadlines::withdrawStatutoryVisit)
                .on(VisitReopened.class, deadlines::reopenStatutoryVisit)
                .on(CaseNoteSubmitted.class, deadlines::openOversight)
                .on(CaseNoteFinalised.class, deadlines::noteFinalised)
                .on(ManagementOversightRecorded.class, deadlines::oversightRecorded)
                // Pathway steps' deadlines, as the authority's tracked rules say; a roll-back withdraws them.
                .on(PathwayStepStarted.class, pathway::started)
                .on(PathwayStepPriorityChanged.class, pathway::priorityChanged)
                .on(PathwayStepHeld.class, pathway::held)
                .on(PathwayStepDecided.class, pathway::decided)
                .on(PathwayStepEnded.class, pathway::ended)
                .on(ChildRolledBack.class, pathway::rolledBack)
                // Risk alerts' reviews, where the authority's rules set them (001 "Risk Alerts").
                .on(RiskAlertActivated.class, riskAlerts::activated)
                .on(RiskAlertReviewed.class, riskAlerts::reviewed)
                // The managers' decisions after failed access (004 "Failed visits"): opened by each step escalated,
                // met by a management decision note, withdrawn when the failed access ends or the case closes.
                .on(FailedAccessEscalated.class, failedAccess::escalated)
                .on(FailedAccessEnded.class, failedAccess::ended)
                .on(CaseNoteSubmitted.class, failedAccess::noteSubmitted)
                .on(CaseClosed.class, failedAccess::caseClosed)
                // A worker's request for a later due date, approved by the manager (issue 17).
                .on(ApprovalDecided.class, approvedExtensions::apply);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
