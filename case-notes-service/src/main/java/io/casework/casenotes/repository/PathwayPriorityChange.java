package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A practice manager's reset of a C&F's priority, with reasons (table {@code pathway_priority_change}): evidence of a
 * decision (DOMAIN rule 20), appended and never changed, here or in the database.
 */
@Entity
@Immutable
@Table(name = "pathway_priority_change")
public class PathwayPriorityChange {

    @Id
    private UUID id;

    @Column(name = "step_id", nullable = false)
    private UUID stepId;

    @Column(name = "priority_working_days", nullable = false)
    private int priorityWorkingDays;

    @Column(name = "previous_due_date", nullable = false)
    private LocalDate previousDueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_by_designation", nullable = false)
    private String changedByDesignation;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PathwayPriorityChange() {
        // for Hibernate
    }

    public static PathwayPriorityChange of(UUID stepId, int workingDays, LocalDate previousDue, LocalDate due,
            String reasons, Person by, Instant at) {
        PathwayPriorityChange change = new PathwayPriorityChange();
        change.id = UUID.randomUUID();
        change.stepId = stepId;
        change.priorityWorkingDays = workingDays;
        change.previousDueDate = previousDue;
        change.dueDate = due;
        change.reasons = reasons.strip();
        change.changedBy = by.username();
        change.changedByName = by.fullName();
        change.changedByDesignation = by.designation() == null ? "" : by.designation();
        change.changedAt = at;
        return change;
    }
}
