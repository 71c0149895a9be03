package io.casework.deadlines.repository;

import io.casework.deadlines.domain.DeadlineChangeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a deadline's history (table {@code deadline_change}): what changed, when, the due date it left, what
 * caused it and, for a person's change, who, why and on whose authority. Written once, never changed (the runtime
 * role may not update the table).
 */
@Entity
@Table(name = "deadline_change")
public class DeadlineChange {

    @Id
    private UUID id;

    @Column(name = "deadline_id", nullable = false, updatable = false)
    private UUID deadlineId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineChangeKind change;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "previous_due_date", updatable = false)
    private LocalDate previousDueDate;

    @Column(name = "rules_version", updatable = false)
    private String rulesVersion;

    @Column(nullable = false, updatable = false)
    private String cause;

    @Column(name = "changed_by", updatable = false)
    private String changedBy;

    @Column(updatable = false)
    private String reason;

    @Column(name = "approved_by", updatable = false)
    private String approvedBy;

    protected DeadlineChange() {
        // for Hibernate
    }

    /**
     * A change of {@code deadline} as it stands after it, caused by {@code cause} (an event type, or what this
     * service did of itself).
     */
    public static DeadlineChange of(Deadline deadline, DeadlineChangeKind change, Instant at, String cause) {
        DeadlineChange line = new DeadlineChange();
        line.id = UUID.randomUUID();
        line.deadlineId = deadline.getId();
        line.changedAt = at;
        line.change = change;
        line.dueDate = deadline.getDueDate();
        line.rulesVersion = deadline.getRulesVersion();
        line.cause = cause;
        return line;
    }

    /** The due date it had before, when the change moved it. */
    public DeadlineChange movedFrom(LocalDate previousDueDate) {
        this.previousDueDate = previousDueDate.equals(dueDate) ? null : previousDueDate;
        return this;
    }

    /** Why: a person's reason, or the reason an event gave. */
    public DeadlineChange because(String reason) {
        this.reason = reason;
        return this;
    }

    /** A person's change: who made it and whose authority allowed it. */
    public DeadlineChange by(String username, String approvedBy) {
        this.changedBy = username;
        this.approvedBy = approvedBy;
        return this;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeadlineId() {
        return deadlineId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public DeadlineChangeKind getChange() {
        return change;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPreviousDueDate() {
        return previousDueDate;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public String getCause() {
        return cause;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
