package io.casework.casenotes.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.casenotes.service.AccessLogService;
import io.casework.casenotes.service.ApprovedPriorityChanges;
import io.casework.casenotes.service.CaseClosureService;
import io.casework.casenotes.service.InformationRemovalService;
import io.casework.casenotes.service.OversightService;
import io.casework.casenotes.service.PathwayService;
import io.casework.casenotes.service.RestrictionRequestService;
import io.casework.casenotes.service.RiskAlertService;
import io.casework.casenotes.service.RollBackService;
import io.casework.contracts.events.AccessRecorded;
import io.casework.contracts.events.ApprovalDecided;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What approvals-service tells this service: decisions it owns the effect of, the organisation model the access
 * policy reads, and the accesses approvals-service served, for the child's access log.
 */
@ApplicationScoped
public class ApprovalsEventConsumer {

    static final String CHANNEL = "approvals-events";

    @Inject
    InboundEvents inbound;

    @Inject
    OversightService oversight;

    @Inject
    InformationRemovalService informationRemovals;

    @Inject
    RestrictionRequestService restrictionRequests;

    @Inject
    PathwayService pathway;

    @Inject
    RiskAlertService riskAlerts;

    @Inject
    CaseClosureService closures;

    @Inject
    RollBackService rollBacks;

    @Inject
    ApprovedPriorityChanges priorityChanges;

    @Inject
    AccessReadModel accessFacts;

    @Inject
    AccessLogService accessLog;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        // Requests and the organisation's own changes are approvals-service's business; staff and teams are read
        // for the access policy (the topic carries no child facts: this service owns them). Each decision handler
        // applies the kinds it owns (a note's oversight, a removal of inaccurate information, a restriction, a
        // pathway outcome, a risk alert, a closure, a roll-back, a C&F's priority a worker asked for) and passes the
        // rest.
        handlers = accessFacts.keptBy(inbound.handlers())
                .on(ApprovalDecided.class, oversight::apply)
                .on(ApprovalDecided.class, informationRemovals::apply)
                .on(ApprovalDecided.class, restrictionRequests::apply)
                .on(ApprovalDecided.class, pathway::apply)
                .on(ApprovalDecided.class, riskAlerts::apply)
                .on(ApprovalDecided.class, closures::apply)
                .on(ApprovalDecided.class, rollBacks::apply)
                .on(ApprovalDecided.class, priorityChanges::apply)
                .on(AccessRecorded.class, accessLog::append);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, handlers);
    }
}
