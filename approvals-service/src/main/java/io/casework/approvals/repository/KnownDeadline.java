package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A due date deadlines-service announced (table {@code known_deadline}): the one place due dates are counted, learnt
 * here from its events rather than counted a second time (issue 15).
 */
@Entity
@Table(name = "known_deadline")
public class KnownDeadline {

    @Id
    @Column(name = "deadline_id")
    private UUID deadlineId;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private String ruleId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownDeadline() {
        // for Hibernate
    }

    public static KnownDeadline of(UUID deadlineId, String ruleId, String subjectId, LocalDate dueDate, Instant at) {
        KnownDeadline known = new KnownDeadline();
        known.deadlineId = deadlineId;
        known.ruleId = ruleId;
        known.subjectId = subjectId;
        known.dueDate = dueDate;
        known.updatedAt = at;
        return known;
    }

    /** Announced again with another due date (rescheduled, extended, recounted after a release). */
    public void dueOn(LocalDate dueDate, Instant at) {
        this.dueDate = dueDate;
        this.updatedAt = at;
    }

    public UUID getDeadlineId() {
        return deadlineId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
