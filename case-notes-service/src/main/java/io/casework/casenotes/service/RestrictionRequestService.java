package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.Restriction;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RestrictionRequestRules;
import io.casework.casenotes.mapping.RestrictionRequestMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.RestrictionRequest;
import io.casework.casenotes.repository.RestrictionRequestRepository;
import io.casework.casenotes.rest.dto.ChildRestrictionRequest;
import io.casework.casenotes.rest.dto.ChildRestrictionRequestDto;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.RestrictionDecision;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.UUID;

/**
 * Requests to restrict a child's record, or to lift its restriction (001 "Restricted Records"; DOMAIN.md rule 9): asked
 * here by the child's management line, published for approvals-service to route to the head of service of the child's
 * service area, and applied when the decision comes back, exactly as the head of service's own decision is.
 */
@ApplicationScoped
public class RestrictionRequestService {

    private static final Logger LOG = Logger.getLogger(RestrictionRequestService.class);

    @Inject
    ChildService children;

    @Inject
    ChildRecordService records;

    @Inject
    RestrictionRequestRepository requests;

    @Inject
    RecordAccess access;

    @Inject
    RestrictionRequestMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Records the request and publishes it for approvals-service, in one transaction. Nothing about the record
     * changes until the head of service approves.
     */
    @Transactional
    public ChildRestrictionRequestDto request(UUID childId, ChildRestrictionRequest body) {
        Child child = children.find(childId);
        access.requireManagementLine(child, "requestChildRecordRestriction");
        RestrictionRequestRules.refusal(true, access.isHeadOfServiceOf(child), child.getRestriction(),
                body.restriction(), requests.pendingFor(childId)).ifPresent(refusal -> {
                    throw switch (refusal) {
                        case NOT_IN_LINE -> new IllegalStateException("the right to ask was checked above");
                        case DECIDES_DIRECTLY -> Problems.conflict("restriction-decided-directly", "You decide this "
                                + "child's restriction yourself: record the decision with your reasons (PUT "
                                + "/children/" + childId + "/restriction) rather than asking.");
                        case UNCHANGED -> Problems.conflict("restriction-unchanged", "The record's restriction is "
                                + body.restriction() + " already; nothing to ask.");
                        case ALREADY_REQUESTED -> Problems.conflict("restriction-already-requested", "Another "
                                + "request about this record's restriction waits for the head of service; it must "
                                + "be decided first.");
                    };
                });
        AccessingPerson me = access.accessingPerson();
        RestrictionRequest request = RestrictionRequest.ask(childId, body.restriction(), body.reasons(),
                new Person(me.username(), me.fullName(), me.designation(), me.team()), clock.instant());
        requests.persist(request);
        outbox.publish(childId.toString(), mapper.requested(request, child.getTeam()));
        return mapper.toDto(request);
    }

    /** The child's restriction requests, newest first, whatever their state: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChildRestrictionRequestDto> ofChild(UUID childId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listChildRecordRestrictionRequests");
        return Pagination.page(requests.ofChild(childId, page), page, RestrictionRequestRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** A replayed request's answer shows the request again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "requestChildRecordRestriction");
    }

    /** One of the child's restriction requests: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildRestrictionRequestDto one(UUID childId, UUID requestId, String action) {
        access.require(children.find(childId), AccessClass.RECORD_READ, action);
        return requests.findByIdOptional(requestId).filter(request -> request.getChildId().equals(childId))
                .map(mapper::toDto).orElseThrow(() -> Problems.notFound("Restriction request", requestId));
    }

    /**
     * Applies the head of service's decision on a restriction request, made in approvals-service; decisions of other
     * kinds are not this one's. An approval restricts the record (or lifts its restriction) exactly as the head of
     * service's own decision does ({@link ChildRecordService#decideRestriction}), with the decider and their reasons;
     * a refusal is kept on the request and changes nothing. The same decision arriving again changes nothing.
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!RestrictionDecision.covers(decision.kind())) {
            return;
        }
        RestrictionRequest request = requests.findForUpdate(requestIdOf(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns "
                        + "restriction request " + decision.subjectId() + ", which this service does not hold"));
        if (request.holdsDecision(decision.requestId())) {
            LOG.infof("Decision %s on restriction request %s is applied already; ignoring", decision.requestId(),
                    request.getId());
            return;
        }
        request.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        request.decide(decision);
        if (decision.outcome() == Outcome.APPROVED) {
            String where = access.placeOf(decision.decidedBy());
            records.decideRestriction(children.find(request.getChildId()), request.getRestriction(),
                    decision.comments() == null || decision.comments().isBlank() ? request.getReasons()
                            : decision.comments(),
                    new AccessingPerson(decision.decidedBy(), decision.decidedByName(),
                            decision.decidedByDesignation(), where));
        }
    }

    private static UUID requestIdOf(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no restriction request: "
                    + decision.subjectId());
        }
    }
}
