package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RiskAlertRules;
import io.casework.casenotes.domain.RiskAlertState;
import io.casework.contracts.Outcome;
import io.casework.contracts.RiskAlertReviewOutcome;
import io.casework.contracts.RiskAlertType;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A risk alert on a child's record (001 "Risk Alerts", table {@code risk_alert}, V21): what was asked (kind, since
 * when, description, the dated entries it refers to, by whom), the head of service's decision, the review due and
 * the latest review. Made whole by {@link #ask}; changes through {@link #decide} and {@link #review}, each a transition
 * the database also enforces, and learns when its review is due from deadlines-service ({@link #reviewDueOn}).
 */
@Entity
@Table(name = "risk_alert")
public class RiskAlert {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RiskAlertType type;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(nullable = false, updatable = false)
    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "note_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    private UUID[] noteIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "document_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    private UUID[] documentIds;

    @Embedded
    private Requester requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskAlertState state;

    /** The head of service's decision; null while pending. */
    @Embedded
    private RequestDecision decision;

    // Outside the alert's version: a date learnt from deadlines-service is no one's edit, and must not make the head
    // of service's If-Match stale.
    @OptimisticLock(excluded = true)
    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_by_name")
    private String reviewedByName;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_reasons")
    private String reviewReasons;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected RiskAlert() {
        // for Hibernate
    }

    /** A pending alert asked for by {@code requester} (as they are now), referring to the child's dated entries. */
    public static RiskAlert ask(UUID childId, RiskAlertType type, LocalDate startedOn, String description,
            List<UUID> noteIds, List<UUID> documentIds, Person requester, Instant at) {
        RiskAlert alert = new RiskAlert();
        alert.id = UUID.randomUUID();
        alert.childId = childId;
        alert.type = type;
        alert.startedOn = startedOn;
        alert.description = description.strip();
        alert.noteIds = noteIds.toArray(UUID[]::new);
        alert.documentIds = documentIds.toArray(UUID[]::new);
        alert.requestedBy = Requester.of(requester);
        alert.requestedAt = at;
        alert.state = RiskAlertState.PENDING;
        return alert;
    }

    /** Why the decision cannot be applied, or empty: an alert is decided once, and never by whoever asked for it. */
    public Optional<String> refusalToDecide(String decider) {
        return RequestDecision.refusal("risk alert", id, state, state == RiskAlertState.PENDING,
                requestedBy.username(), decider);
    }

    /**
     * The head of service's decision, as approvals-service recorded it: approved, the alert is ACTIVE (when its first
     * review is due, deadlines-service counts and announces); refused, it is REFUSED with the reasons.
     *
     * @throws IllegalStateException when {@link #refusalToDecide} refuses it (callers ask first)
     */
    public void decide(ApprovalDecided made) {
        refusalToDecide(made.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        decision = RequestDecision.of(made);
        if (made.outcome() == Outcome.APPROVED) {
            state = RiskAlertState.ACTIVE;
        } else {
            state = RiskAlertState.REFUSED;
        }
    }

    /** Whether the decision it holds is that approval request's: the same decision arriving again. */
    public boolean holdsDecision(UUID approvalRequestId) {
        return decision != null && approvalRequestId.equals(decision.getApprovalRequestId());
    }

    /**
     * A head of service's review: CONTINUE keeps the alert ACTIVE (when the next review is due, deadlines-service counts
     * and announces), END ends it, kept.
     *
     * @throws IllegalStateException when the alert is not ACTIVE (callers ask {@link RiskAlertRules#reviewRefusal})
     */
    public void review(RiskAlertReviewOutcome outcome, String reasons, Person by, Instant at) {
        RiskAlertRules.reviewRefusal(state).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        reviewedBy = by.username();
        reviewedByName = by.fullName() == null ? by.username() : by.fullName();
        reviewedAt = at;
        reviewReasons = reasons.strip();
        // The review done, the next one's due date is deadlines-service's to count and announce.
        reviewDue = null;
        if (outcome != RiskAlertReviewOutcome.CONTINUE) {
            state = RiskAlertState.ENDED;
            endedAt = at;
        }
    }

    /** When the next review is due, as deadlines-service counted and announced it (issue 15). */
    public void reviewDueOn(LocalDate date) {
        this.reviewDue = date;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public RiskAlertType getType() {
        return type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getDescription() {
        return description;
    }

    public List<UUID> getNoteIds() {
        return List.of(noteIds);
    }

    public List<UUID> getDocumentIds() {
        return List.of(documentIds);
    }

    /** The requester as the alert kept them when they asked. */
    public Person getRequestedBy() {
        return requestedBy.person();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public RiskAlertState getState() {
        return state;
    }

    /** The head of service's decision; null while pending. */
    public RequestDecision getDecision() {
        return decision;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewedByName() {
        return reviewedByName;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewReasons() {
        return reviewReasons;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }
}
