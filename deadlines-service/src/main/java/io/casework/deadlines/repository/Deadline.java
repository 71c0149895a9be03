package io.casework.deadlines.repository;

import io.casework.deadlines.domain.Completion;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
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
 * One tracked deadline (table {@code deadline}). Created open; changes state only through {@link #meet}, which
 * applies the domain's transition, so a met deadline cannot be met again or reopened.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind kind;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private String ruleId;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String team;

    private String assignee;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineState state;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Column(name = "met_at")
    private Instant metAt;

    private Boolean late;

    protected Deadline() {
        // for Hibernate
    }

    public static Deadline open(UUID childId, DeadlineKind kind, String authority, String subjectId, String team,
                                String assignee, LocalDate dueDate, Instant openedAt) {
        Deadline deadline = new Deadline();
        deadline.id = UUID.randomUUID();
        deadline.childId = childId;
        deadline.kind = kind;
        deadline.ruleId = kind.ruleId();
        deadline.authority = authority;
        deadline.subjectId = subjectId;
        deadline.team = team;
        deadline.assignee = assignee;
        deadline.dueDate = dueDate;
        deadline.state = DeadlineState.OPEN;
        deadline.openedAt = openedAt;
        return deadline;
    }

    /**
     * The tracked work was done on {@code metOn} (the day that counts for lateness), recorded at {@code metAt}.
     *
     * @throws DeadlineState.IllegalDeadlineTransition if it was met already
     */
    public Completion meet(LocalDate metOn, Instant metAt) {
        Completion completion = Completion.of(dueDate, metOn);
        this.state = state.meet();
        this.metOn = completion.metOn();
        this.metAt = metAt;
        this.late = completion.late();
        return completion;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getAuthority() {
        return authority;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTeam() {
        return team;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DeadlineState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public Boolean getLate() {
        return late;
    }
}
