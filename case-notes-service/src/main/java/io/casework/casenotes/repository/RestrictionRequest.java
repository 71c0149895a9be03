package io.casework.casenotes.repository;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RestrictionRequestState;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A request by someone in the child's management line to restrict the child's record, or to lift its restriction,
 * with reasons (001 "Restricted Records"), and once decided the head of service's decision (table
 * {@code child_restriction_request}). Made whole by {@link #ask}; changes once, by {@link #decide}.
 */
@Entity
@Table(name = "child_restriction_request")
public class RestrictionRequest {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Restriction restriction;

    @Column(nullable = false, updatable = false)
    private String reasons;

    @Embedded
    private Requester requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RestrictionRequestState state;

    /** The manager's decision; null while pending. */
    @Embedded
    private RequestDecision decision;

    protected RestrictionRequest() {
        // for Hibernate
    }

    /** A pending request by {@code requester} (as they are now) for the child's record to be restricted so. */
    public static RestrictionRequest ask(UUID childId, Restriction restriction, String reasons, Person requester,
            Instant at) {
        RestrictionRequest request = new RestrictionRequest();
        request.id = UUID.randomUUID();
        request.childId = childId;
        request.restriction = restriction;
        request.reasons = reasons.strip();
        request.requestedBy = Requester.of(requester);
        request.requestedAt = at;
        request.state = RestrictionRequestState.PENDING;
        return request;
    }

    /** Why the decision cannot be applied, or empty: a request is decided once, and never by whoever made it. */
    public Optional<String> refusalToDecide(String decider) {
        return RequestDecision.refusal("restriction request", id, state, state == RestrictionRequestState.PENDING,
                requestedBy.username(), decider);
    }

    /**
     * The head of service's decision, as approvals-service recorded it: approved (the record is restricted as asked)
     * or refused (nothing changes).
     *
     * @throws IllegalStateException when {@link #refusalToDecide} refuses it (callers ask first)
     */
    public void decide(ApprovalDecided decision) {
        refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        state = decision.outcome() == Outcome.APPROVED ? RestrictionRequestState.APPROVED
                : RestrictionRequestState.REFUSED;
        this.decision = RequestDecision.of(decision);
    }

    /** Whether the decision it holds is that approval request's: the same decision arriving again. */
    public boolean holdsDecision(UUID approvalRequestId) {
        return decision != null && decision.getApprovalRequestId().equals(approvalRequestId);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public Restriction getRestriction() {
        return restriction;
    }

    public String getReasons() {
        return reasons;
    }

    /** The requester as the request kept them when they asked. */
    public Person getRequestedBy() {
        return requestedBy.person();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public RestrictionRequestState getState() {
        return state;
    }

    /** The head of service's decision; null while pending. */
    public RequestDecision getDecision() {
        return decision;
    }
}
