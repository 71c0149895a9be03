package io.casework.visits.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit recorded on a case note, whether or not it met a statutory visit. Keyed by the note, so one note is one
 * visit however often it is announced.
 */
@Entity
@Table(name = "recorded_visit")
public class RecordedVisit {

    @Id
    @Column(name = "note_id")
    public UUID noteId;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Column(name = "visit_date", nullable = false, updatable = false)
    public LocalDate visitDate;

    @Column(name = "child_seen", nullable = false, updatable = false)
    public boolean childSeen;

    @Column(nullable = false, updatable = false)
    public boolean statutory;

    @Column(name = "met_statutory_visit", nullable = false, updatable = false)
    public boolean metStatutoryVisit;

    /** The planned visit this one completed; null when it met none. */
    @Column(name = "completed_visit_id")
    public UUID completedVisitId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
