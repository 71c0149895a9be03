package io.casework.visits.repository;

import io.casework.visits.domain.VisitCompliance;
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

/**
 * One statutory visit: due by {@code dueDate}, and once met, by which case note on which day. Scheduled by
 * {@link #schedule} from the child's plan, PLANNED; changes by {@link #complete} when a statutory visit meets it, and
 * otherwise only when the note of that visit is corrected by a later version: {@link #reopen} when it no longer
 * counts, {@link #recomplete} when it took place on another day, and for the visit planned after it
 * {@link #withdraw} or {@link #reschedule}. The fields are private for that reason; the times are the caller's, from
 * the service's one clock.
 */
@Entity
@Table(name = "planned_visit")
public class PlannedVisit {

    @Id
    @Column(name = "visit_id")
    private UUID visitId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "frequency_working_days", nullable = false, updatable = false)
    private int frequencyWorkingDays;

    /** The rule set's frequency that set the due date, or {@code manager-override}. */
    @Column(name = "frequency_rule")
    private String frequencyRule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitState state;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "planned_at", nullable = false, updatable = false)
    private Instant plannedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected PlannedVisit() {
        // for Hibernate
    }

    /**
     * The next statutory visit of the plan's child, due by {@code due}'s date, under an id derived from what caused
     * it (see {@code VisitIds}).
     */
    public static PlannedVisit schedule(UUID visitId, VisitPlan plan, Due due, Instant plannedAt) {
        PlannedVisit visit = new PlannedVisit();
        visit.visitId = visitId;
        visit.childId = plan.getChildId();
        visit.planId = plan.getPlanId();
        visit.frequencyWorkingDays = due.cycleWorkingDays();
        visit.frequencyRule = due.rule();
        visit.dueDate = due.date();
        visit.state = VisitState.PLANNED;
        visit.plannedAt = plannedAt;
        return visit;
    }

    /**
     * The statutory visit recorded on a case note met this planned one: on time if on or before the due date. The
     * recorded visit is marked as the one that completed it.
     *
     * @throws IllegalStateException if this visit is completed already, or the recorded visit is not a statutory
     *                               visit of the same child (a bug in the caller, never a user's mistake)
     */
    public void complete(RecordedVisit by, Instant at) {
        if (state != VisitState.PLANNED) {
            throw new IllegalStateException("planned visit " + visitId + " is " + state + ", not PLANNED");
        }
        if (!by.isMetStatutoryVisit() || !childId.equals(by.getChildId())) {
            throw new IllegalStateException("the visit on note " + by.getNoteId() + " cannot complete planned visit "
                    + visitId);
        }
        this.state = VisitState.COMPLETED;
        this.noteId = by.getNoteId();
        this.visitDate = by.getVisitDate();
        this.onTime = VisitCompliance.onTime(visitDate, dueDate);
        this.completedAt = at;
        by.completed(this);
    }

    /**
     * The visit that completed this one no longer counts as a statutory visit (its note was corrected): it waits for
     * a visit again, due when it was.
     *
     * @throws IllegalStateException if this visit was not completed by {@code by} (a bug in the caller)
     */
    public void reopen(RecordedVisit by) {
        requireCompletedBy(by);
        this.state = VisitState.PLANNED;
        this.noteId = null;
        this.visitDate = null;
        this.onTime = null;
        this.completedAt = null;
        by.uncompleted();
    }

    /**
     * The visit that completed this one took place on another day than first recorded: completed on that day, on
     * time or not by it.
     *
     * @throws IllegalStateException if this visit was not completed by {@code by} (a bug in the caller)
     */
    public void recomplete(RecordedVisit by) {
        requireCompletedBy(by);
        this.visitDate = by.getVisitDate();
        this.onTime = VisitCompliance.onTime(visitDate, dueDate);
    }

    /** The visit this one was planned after no longer counts: it is not due after all. */
    public void withdraw() {
        requirePlanned();
        this.state = VisitState.WITHDRAWN;
    }

    /** The visit this one was planned after, withdrawn, counts again: it is due as {@code due} says. */
    public void restore(Due due) {
        if (state != VisitState.WITHDRAWN) {
            throw new IllegalStateException("planned visit " + visitId + " is " + state + ", not WITHDRAWN");
        }
        this.state = VisitState.PLANNED;
        this.dueDate = due.date();
        this.frequencyRule = due.rule();
    }

    /**
     * The visit this one was planned after took place on another day, or the child's frequency changed: due as
     * {@code due} says instead.
     */
    public void reschedule(Due due) {
        requirePlanned();
        this.dueDate = due.date();
        this.frequencyRule = due.rule();
    }

    /**
     * When a visit is due and why: the date, the frequency that set it, and the working days from the day it was
     * counted from, which visit-scheduled has always carried.
     */
    public record Due(LocalDate date, String rule, int cycleWorkingDays) {
    }

    private void requirePlanned() {
        if (state != VisitState.PLANNED) {
            throw new IllegalStateException("planned visit " + visitId + " is " + state + ", not PLANNED");
        }
    }

    private void requireCompletedBy(RecordedVisit by) {
        if (state != VisitState.COMPLETED || !by.getNoteId().equals(noteId)) {
            throw new IllegalStateException("planned visit " + visitId + " was not completed by the visit on note "
                    + by.getNoteId());
        }
    }

    /** Planned and past its due date on {@code today}; a completed visit never is. */
    public boolean isOverdueOn(LocalDate today) {
        return VisitCompliance.overdue(state, dueDate, today);
    }

    public UUID getVisitId() {
        return visitId;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getPlanId() {
        return planId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getFrequencyWorkingDays() {
        return frequencyWorkingDays;
    }

    public String getFrequencyRule() {
        return frequencyRule;
    }

    public VisitState getState() {
        return state;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public UUID getNoteId() {
        return noteId;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
