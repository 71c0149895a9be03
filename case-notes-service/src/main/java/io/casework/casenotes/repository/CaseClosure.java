package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.domain.closure.ClosureReason;
import io.casework.casenotes.domain.closure.ClosureState;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The closure of a child's case (002 s.12; table {@code case_closure}, V22): why, the referrer's feedback for a
 * referral closed with no further action, where it stands, and once decided the practice manager's oversight. The
 * steps done are {@link CaseClosureStepDone} rows; every act is a {@link CaseClosureEntry} on the child's chain.
 */
@Entity
@Table(name = "case_closure")
public class CaseClosure {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClosureReason reason;

    @Column(name = "reason_details", nullable = false, updatable = false)
    private String reasonDetails;

    @Column(name = "referrer_feedback", updatable = false)
    private String referrerFeedback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClosureState state;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_by_name", nullable = false, updatable = false)
    private String startedByName;

    @Column(name = "started_by_designation", nullable = false, updatable = false)
    private String startedByDesignation;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The practice manager's oversight; null until decided. */
    @Embedded
    private RequestDecision decision;

    @Column(name = "management_entry_id")
    private UUID managementEntryId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected CaseClosure() {
        // for Hibernate
    }

    /** A closure started by {@code by}: OPEN, its checklist to be worked through. */
    public static CaseClosure start(UUID childId, String team, ClosureReason reason, String reasonDetails,
            String referrerFeedback, Person by, Instant at) {
        CaseClosure closure = new CaseClosure();
        closure.id = UUID.randomUUID();
        closure.childId = childId;
        closure.team = team;
        closure.reason = reason;
        closure.reasonDetails = reasonDetails.strip();
        closure.referrerFeedback = referrerFeedback == null || referrerFeedback.isBlank() ? null
                : referrerFeedback.strip();
        closure.state = ClosureState.OPEN;
        closure.startedBy = by.username();
        closure.startedByName = by.fullName() == null ? by.username() : by.fullName();
        closure.startedByDesignation = by.designation() == null ? "" : by.designation();
        closure.startedAt = ChainFields.storable(at);
        return closure;
    }

    /** Sent to the practice manager. */
    public void submit(Instant at) {
        state = ClosureState.AWAITING_OVERSIGHT;
        submittedAt = ChainFields.storable(at);
    }

    /** Why the decision cannot be applied, or empty: decided once, while it waits, never by whoever started it. */
    public Optional<String> refusalToDecide(String decider) {
        return RequestDecision.refusal("case closure", id, state, state == ClosureState.AWAITING_OVERSIGHT,
                startedBy, decider);
    }

    /** Whether the decision it holds is that approval request's: the same decision arriving again. */
    public boolean holdsDecision(UUID approvalRequestId) {
        return decision != null && decision.getApprovalRequestId().equals(approvalRequestId);
    }

    /**
     * The practice manager's oversight: approved, the case is CLOSED on {@code closedOn} with the management entry that
     * holds the reasons; refused, the closure is RETURNED to the worker with the reasons.
     */
    public void decide(ApprovalDecided made, UUID managementEntry, LocalDate closedOn) {
        refusalToDecide(made.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        decision = RequestDecision.of(made);
        managementEntryId = managementEntry;
        if (made.outcome() == Outcome.APPROVED) {
            state = ClosureState.CLOSED;
            this.closedOn = closedOn;
        } else {
            state = ClosureState.RETURNED;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getTeam() {
        return team;
    }

    public ClosureReason getReason() {
        return reason;
    }

    public String getReasonDetails() {
        return reasonDetails;
    }

    public String getReferrerFeedback() {
        return referrerFeedback;
    }

    public ClosureState getState() {
        return state;
    }

    public Person getStartedBy() {
        return new Person(startedBy, startedByName, startedByDesignation, null);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public RequestDecision getDecision() {
        return decision;
    }

    public UUID getManagementEntryId() {
        return managementEntryId;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public long getVersion() {
        return version;
    }
}
