package io.casework.visits.repository;

import io.casework.visits.domain.StatutoryVisitRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit recorded on a case note, whether or not it met a statutory visit. Keyed by the note, so one note is one
 * visit however often it is announced. Made by {@link #record}, which decides once whether it counts as a statutory
 * visit (003 s.5b, 004); the only later change is which planned visit it completed, set by
 * {@link PlannedVisit#complete} and by nothing else: the fields are private so that what was recorded stays as it was.
 */
@Entity
@Table(name = "recorded_visit")
public class RecordedVisit {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "visit_date", nullable = false, updatable = false)
    private LocalDate visitDate;

    @Column(name = "child_seen", nullable = false, updatable = false)
    private boolean childSeen;

    @Column(nullable = false, updatable = false)
    private boolean statutory;

    @Column(name = "met_statutory_visit", nullable = false, updatable = false)
    private boolean metStatutoryVisit;

    /** The planned visit this one completed; null when it met none. */
    @Column(name = "completed_visit_id")
    private UUID completedVisitId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordedVisit() {
        // for Hibernate
    }

    /** The visit on a case note, as case-notes-service announced it, kept {@code at}. */
    public static RecordedVisit record(UUID noteId, UUID childId, LocalDate visitDate, boolean childSeen,
                                       boolean statutory, Instant at) {
        RecordedVisit visit = new RecordedVisit();
        visit.noteId = noteId;
        visit.childId = childId;
        visit.visitDate = visitDate;
        visit.childSeen = childSeen;
        visit.statutory = statutory;
        visit.metStatutoryVisit = StatutoryVisitRule.meetsStatutoryVisit(childSeen, statutory);
        visit.recordedAt = at;
        return visit;
    }

    /** This visit completed the planned one: see {@link PlannedVisit#complete}, the only caller. */
    void completed(PlannedVisit planned) {
        this.completedVisitId = planned.getVisitId();
    }

    public UUID getNoteId() {
        return noteId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public boolean isChildSeen() {
        return childSeen;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public boolean isMetStatutoryVisit() {
        return metStatutoryVisit;
    }

    public UUID getCompletedVisitId() {
        return completedVisitId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
