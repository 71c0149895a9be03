package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A manager's decision on a request this service made and approvals-service routed (DOMAIN.md rule 20: who, when,
 * the outcome's reasons, and the approval request that carried it), as the request keeps it: a removal of
 * inaccurate information, a restriction. Part of the request it decides, written once; absent while it is pending.
 */
@Embeddable
public class RequestDecision {

    @Column(name = "approval_request_id")
    private UUID approvalRequestId;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_by_designation")
    private String decidedByDesignation;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comments")
    private String comments;

    /**
     * Why a decision cannot be applied to a request, or empty: a request is decided once, and never by whoever made
     * it (DOMAIN.md rule 20).
     *
     * @param kind what kind of request it is, as the refusal names it ("removal request")
     */
    static Optional<String> refusal(String kind, UUID id, Enum<?> state, boolean pending, String requester,
            String decider) {
        if (!pending) {
            return Optional.of(kind + " " + id + " was decided already (" + state + ")");
        }
        if (decider.equals(requester)) {
            return Optional.of("nobody decides their own " + kind + ": " + decider + " made it");
        }
        return Optional.empty();
    }

    protected RequestDecision() {
        // for Hibernate
    }

    /**
     * The decision as approvals-service published it. Its time is cut to what the database keeps, as what follows
     * from it (a removal) may copy it onto the chain.
     */
    static RequestDecision of(ApprovalDecided decision) {
        RequestDecision made = new RequestDecision();
        made.approvalRequestId = decision.requestId();
        made.decidedBy = decision.decidedBy();
        made.decidedByName = decision.decidedByName();
        made.decidedByDesignation = decision.decidedByDesignation();
        made.decidedAt = ChainFields.storable(decision.decidedAt());
        made.comments = decision.comments() == null ? "" : decision.comments();
        return made;
    }

    public UUID getApprovalRequestId() {
        return approvalRequestId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getDecidedByDesignation() {
        return decidedByDesignation;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComments() {
        return comments;
    }
}
