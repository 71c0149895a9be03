package io.casework.visits.repository;

import io.casework.visits.domain.VisitState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One statutory visit: due by {@code dueDate}, and once met, by which case note on which day. */
@Entity
@Table(name = "planned_visit")
public class PlannedVisit {

    @Id
    @Column(name = "visit_id")
    public UUID visitId;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "frequency_working_days", nullable = false, updatable = false)
    public int frequencyWorkingDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitState state;

    @Column(name = "visit_date")
    public LocalDate visitDate;

    @Column(name = "note_id")
    public UUID noteId;

    @Column(name = "on_time")
    public Boolean onTime;

    @Column(name = "planned_at", nullable = false, updatable = false)
    public Instant plannedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
