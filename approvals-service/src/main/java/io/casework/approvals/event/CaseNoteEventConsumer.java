package io.casework.approvals.event;

import io.casework.approvals.service.ApprovalService;
import io.casework.approvals.service.DirectDecisions;
import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.events.CaseClosureRequested;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.RestrictedAccessRefused;
import io.casework.contracts.events.RestrictionRequested;
import io.casework.contracts.events.RiskAlertRequested;
import io.casework.contracts.events.RiskAlertReviewed;
import io.casework.contracts.events.RollBackRequested;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Case notes submitted for oversight, requests to remove inaccurate information from a note, requests to restrict a
 * record, pathway outcomes sent for authorisation and risk alerts asked for become approval requests, once each; a refused attempt on a restricted record becomes an alert in the area
 * manager's inbox, once. A record that is not a valid event, or a
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
    DirectDecisions direct;

    @Inject
    AccessReadModel accessFacts;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        // Children, their allocation and IRO: what the access policy and the leaving check need here.
        handlers = accessFacts.keptBy(inbound.handlers())
                .on(CaseNoteSubmitted.class, approvals::requestOversight)
                .on(InformationRemovalRequested.class, approvals::requestInformationRemoval)
                .on(RestrictionRequested.class, approvals::requestRestriction)
                .on(PathwayOutcomeRequested.class, approvals::requestPathwayOutcome)
                .on(RiskAlertRequested.class, approvals::requestRiskAlert)
                .on(CaseClosureRequested.class, approvals::requestCaseClosure)
                .on(RollBackRequested.class, approvals::requestRollBack)
                // Decisions made within a manager's own authority, kept in the register beside requested ones.
                .on(PathwayStepPriorityChanged.class, direct::priorityChanged)
                .on(RiskAlertReviewed.class, direct::riskAlertReviewed)
                // After the access facts took the restriction: those pending with someone off the list move.
                .on(ChildRestrictionChanged.class, approvals::rerouteForRestriction)
                .on(RestrictedAccessRefused.class, approvals::alertRestrictedAccess);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
