package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.rollback.RollBackRules;
import io.casework.casenotes.domain.rollback.RollBackState;
import io.casework.contracts.Outcome;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to roll a child's record back to a date, on the form of 000 ("Request for Roll Back on EHM or LCS"), with
 * the line manager's comments and the head of service's decision (table {@code roll_back_request}, V23). Made whole
 * by {@link #ask}; commented once by {@link #comment}; decided once by {@link #decide}.
 */
@Entity
@Table(name = "roll_back_request")
public class RollBackRequest {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "child_name", nullable = false, updatable = false)
    private String childName;

    @Column(name = "allocated_worker", updatable = false)
    private String allocatedWorker;

    @Column(nullable = false, updatable = false)
    private String team;

    @Column(name = "service_area", updatable = false)
    private String serviceArea;

    @Column(name = "date_of_request", nullable = false, updatable = false)
    private LocalDate dateOfRequest;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "roll_back_to", nullable = false, updatable = false)
    private LocalDate rollBackTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private List<RollBackRules.Step> steps;

    @Column(nullable = false, updatable = false)
    private String impact;

    @Embedded
    private Requester requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RollBackState state;

    private String manager;

    @Column(name = "manager_name")
    private String managerName;

    @Column(name = "manager_designation")
    private String managerDesignation;

    @Column(name = "manager_comments")
    private String managerComments;

    @Column(name = "commented_at")
    private Instant commentedAt;

    /** The head of service's decision; null until made. */
    @Embedded
    private RequestDecision decision;

    @Column(name = "roll_back_id")
    private UUID rollBackId;

    protected RollBackRequest() {
        // for Hibernate
    }

    /** The form's header as the record has it now, filled in for the worker rather than typed. */
    public record Header(String caseNumber, String childName, String allocatedWorker, String team,
            String serviceArea) {
    }

    /**
     * A request by {@code requester} to roll the record back to {@code rollBackTo}, taking out {@code steps}; it waits
     * for the line manager's comments.
     */
    public static RollBackRequest ask(UUID childId, Header header, LocalDate dateOfRequest, String reason,
            LocalDate rollBackTo, List<RollBackRules.Step> steps, String impact, Person requester, Instant at) {
        RollBackRequest request = new RollBackRequest();
        request.id = UUID.randomUUID();
        request.childId = childId;
        request.caseNumber = header.caseNumber();
        request.childName = header.childName();
        request.allocatedWorker = header.allocatedWorker();
        request.team = header.team();
        request.serviceArea = header.serviceArea();
        request.dateOfRequest = dateOfRequest;
        request.reason = reason.strip();
        request.rollBackTo = rollBackTo;
        request.steps = List.copyOf(steps);
        request.impact = impact.strip();
        request.requestedBy = Requester.of(requester);
        request.requestedAt = at;
        request.state = RollBackState.AWAITING_MANAGER;
        return request;
    }

    /**
     * The line manager's comments: the request goes to the head of service with them.
     *
     * @throws IllegalStateException when {@link RollBackRules#commentRefusal} refuses it (callers ask first)
     */
    public void comment(Person manager, String comments, Instant at) {
        RollBackRules.commentRefusal(state, requestedBy.username(), manager.username()).ifPresent(refusal -> {
            throw new IllegalStateException("roll-back request " + id + ": " + refusal);
        });
        this.manager = manager.username();
        this.managerName = manager.fullName() == null ? manager.username() : manager.fullName();
        this.managerDesignation = manager.designation() == null ? "" : manager.designation();
        this.managerComments = comments.strip();
        this.commentedAt = at;
        this.state = RollBackState.PENDING;
    }

    /** Why the decision cannot be applied, or empty: decided once, after the manager's comments, never by the requester. */
    public Optional<String> refusalToDecide(String decider) {
        if (state == RollBackState.AWAITING_MANAGER) {
            return Optional.of("roll-back request " + id + " has no manager's comments yet");
        }
        return RequestDecision.refusal("roll-back request", id, state, state == RollBackState.PENDING,
                requestedBy.username(), decider);
    }

    /**
     * The head of service's decision as approvals-service recorded it; an approval names the roll-back that the
     * caller then applies.
     *
     * @throws IllegalStateException when {@link #refusalToDecide} refuses it
     */
    public void decide(ApprovalDecided decision) {
        refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        this.decision = RequestDecision.of(decision);
        if (decision.outcome() == Outcome.APPROVED) {
            state = RollBackState.APPROVED;
            rollBackId = UUID.randomUUID();
        } else {
            state = RollBackState.REFUSED;
        }
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

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getChildName() {
        return childName;
    }

    public String getAllocatedWorker() {
        return allocatedWorker;
    }

    public String getTeam() {
        return team;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public LocalDate getDateOfRequest() {
        return dateOfRequest;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getRollBackTo() {
        return rollBackTo;
    }

    public List<RollBackRules.Step> getSteps() {
        return steps;
    }

    public String getImpact() {
        return impact;
    }

    public Person getRequestedBy() {
        return requestedBy.person();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public RollBackState getState() {
        return state;
    }

    /** The line manager as they were when commenting; null before. */
    public Person getManager() {
        return manager == null ? null : new Person(manager, managerName, managerDesignation, null);
    }

    public String getManagerComments() {
        return managerComments;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }

    public RequestDecision getDecision() {
        return decision;
    }

    /** The roll-back an approval made; null otherwise. */
    public UUID getRollBackId() {
        return rollBackId;
    }
}
