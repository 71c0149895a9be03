package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.OutcomeRequestState;
import io.casework.casenotes.domain.pathway.StepOutcome;
import io.casework.contracts.Outcome;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A worker's outcome of a pathway step sent for a manager's authorisation (table {@code pathway_outcome_request}, V20;
 * 004 "Completing a C&F Assessment"; DOMAIN rule 20). It keeps what the outcome will open as the worker saw it when
 * sending it; the step records what it opened only once the manager authorised it. Decided once, in approvals-service.
 */
@Entity
@Table(name = "pathway_outcome_request")
public class PathwayOutcomeRequest {

    @Id
    private UUID id;

    @Column(name = "step_id", nullable = false, updatable = false)
    private UUID stepId;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private List<PathwayStepKind> opens;

    @Column(name = "closes_case", nullable = false, updatable = false)
    private boolean closesCase;

    @Column(name = "completed_date", nullable = false, updatable = false)
    private LocalDate completedDate;

    @Column(nullable = false, updatable = false)
    private String reasons;

    /** The outcome's own facts as the worker sent them (a strategy discussion's further actions, an S47's method). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private Map<String, Object> details;

    @Embedded
    private Requester requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeRequestState state;

    /** The manager's decision; null while pending. */
    @Embedded
    private RequestDecision decision;

    protected PathwayOutcomeRequest() {
        // for Hibernate
    }

    /** A step's outcome sent for authorisation by {@code requester}, as they are now, with its own facts. */
    public static PathwayOutcomeRequest ask(UUID stepId, StepOutcome outcome, LocalDate completedDate, String reasons,
            Map<String, Object> details, Person requester, Instant at) {
        PathwayOutcomeRequest request = new PathwayOutcomeRequest();
        request.id = UUID.randomUUID();
        request.stepId = stepId;
        request.outcome = outcome.name();
        request.opens = outcome.opens().steps();
        request.closesCase = outcome.opens().closesCase();
        request.completedDate = completedDate;
        request.reasons = reasons.strip();
        request.details = new LinkedHashMap<>(details);
        request.requestedBy = Requester.of(requester);
        request.requestedAt = at;
        request.state = OutcomeRequestState.PENDING;
        return request;
    }

    /** Why the decision cannot be applied, or empty: a request is decided once, and never by whoever made it. */
    public Optional<String> refusalToDecide(String decider) {
        return RequestDecision.refusal("outcome request", id, state, state == OutcomeRequestState.PENDING,
                requestedBy.username(), decider);
    }

    /**
     * The manager's decision, as approvals-service recorded it.
     *
     * @throws IllegalStateException when {@link #refusalToDecide} refuses it (callers ask first)
     */
    public void decide(ApprovalDecided decision) {
        refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        state = decision.outcome() == Outcome.APPROVED ? OutcomeRequestState.APPROVED : OutcomeRequestState.REFUSED;
        this.decision = RequestDecision.of(decision);
    }

    /** Whether the decision it holds is that approval request's: the same decision arriving again. */
    public boolean holdsDecision(UUID approvalRequestId) {
        return decision != null && decision.getApprovalRequestId().equals(approvalRequestId);
    }

    public UUID getId() {
        return id;
    }

    public UUID getStepId() {
        return stepId;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<PathwayStepKind> getOpens() {
        return opens;
    }

    public boolean closesCase() {
        return closesCase;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public String getReasons() {
        return reasons;
    }

    public Map<String, Object> getDetails() {
        return details == null ? Map.of() : Collections.unmodifiableMap(details);
    }

    public Person getRequestedBy() {
        return requestedBy.person();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public OutcomeRequestState getState() {
        return state;
    }
}
