package io.casework.visits.repository;

import io.casework.visits.domain.StatutoryVisitRule;
import io.casework.visits.domain.VisitFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A visit recorded on a case note, whether or not it met a statutory visit. Keyed by the note, so one note is one
 * visit however often it is announced. Made by {@link #record}, which decides whether it counts as a statutory visit
 * (003 s.5b, 004); changed only by {@link #revise}, when a later version of the note says otherwise, and in which
 * planned visit it completed, by {@link PlannedVisit#complete} and {@link PlannedVisit#reopen}: the fields are private
 * so that nothing else changes what was recorded.
 */
@Entity
@Table(name = "recorded_visit")
public class RecordedVisit {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "child_seen", nullable = false)
    private boolean childSeen;

    /** Whether the child was seen alone; null when not seen, or when the note did not say. */
    @Column(name = "seen_alone")
    private Boolean seenAlone;

    @Column(nullable = false)
    private boolean statutory;

    @Column(name = "met_statutory_visit", nullable = false)
    private boolean metStatutoryVisit;

    /** The version of the note these facts are from. */
    @Column(name = "note_version", nullable = false)
    private int noteVersion;

    /** Which statutory visit the note recorded (CP, CLA, CIN, PRIVATE_FOSTERING) or CARE_LEAVER_KIT; null otherwise. */
    @Column(name = "statutory_visit")
    private String statutoryVisit;

    /** The child was not yet born: a visit to the mother, with no seen facts (002 s.6). */
    @Column(nullable = false)
    private boolean unborn;

    @Column(name = "not_seen_alone_reason")
    private String notSeenAloneReason;

    @Column(name = "bedroom_seen")
    private Boolean bedroomSeen;

    private Boolean announced;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    /** The planned visit this one completed; null when it met none. */
    @Column(name = "completed_visit_id")
    private UUID completedVisitId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordedVisit() {
        // for Hibernate
    }

    /** The visit on a case note, as case-notes-service announced it, kept {@code at}. */
    public static RecordedVisit record(UUID noteId, UUID childId, VisitFacts facts, Instant at) {
        RecordedVisit visit = new RecordedVisit();
        visit.noteId = noteId;
        visit.childId = childId;
        visit.recordedAt = at;
        visit.facts(facts);
        return visit;
    }

    /** Whether the note's {@code version} is later than the one these facts are from. */
    public boolean olderThan(int version) {
        return noteVersion < version;
    }

    /**
     * A later version of the note says what the visit was: its facts replace the earlier ones, and whether it meets a
     * statutory visit is decided again.
     *
     * @throws IllegalStateException if the version is not later than the one kept (a bug in the caller)
     */
    public void revise(VisitFacts facts) {
        if (!olderThan(facts.noteVersion())) {
            throw new IllegalStateException("visit on note " + noteId + " is at version " + noteVersion
                    + "; version " + facts.noteVersion() + " does not replace it");
        }
        facts(facts);
    }

    private void facts(VisitFacts facts) {
        this.noteVersion = facts.noteVersion();
        this.visitDate = facts.visitDate();
        this.childSeen = facts.childSeen();
        this.seenAlone = facts.seenAlone();
        this.statutory = facts.statutory();
        this.statutoryVisit = facts.statutoryVisit();
        this.unborn = facts.unborn();
        this.notSeenAloneReason = facts.notSeenAloneReason();
        this.bedroomSeen = facts.bedroomSeen();
        this.announced = facts.announced();
        this.startTime = facts.startTime();
        this.durationMinutes = facts.durationMinutes();
        this.metStatutoryVisit = StatutoryVisitRule.meetsStatutoryVisit(facts);
    }

    /** This visit completed the planned one: see {@link PlannedVisit#complete}, the only caller. */
    void completed(PlannedVisit planned) {
        this.completedVisitId = planned.getVisitId();
    }

    /** This visit no longer completes the planned one: see {@link PlannedVisit#reopen}, the only caller. */
    void uncompleted() {
        this.completedVisitId = null;
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

    public Boolean getSeenAlone() {
        return seenAlone;
    }

    public int getNoteVersion() {
        return noteVersion;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public boolean isMetStatutoryVisit() {
        return metStatutoryVisit;
    }

    public String getStatutoryVisit() {
        return statutoryVisit;
    }

    public boolean isUnborn() {
        return unborn;
    }

    public String getNotSeenAloneReason() {
        return notSeenAloneReason;
    }

    public Boolean getBedroomSeen() {
        return bedroomSeen;
    }

    public Boolean getAnnounced() {
        return announced;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    /** The facts as they now stand. */
    public VisitFacts facts() {
        return new VisitFacts(noteVersion, visitDate, childSeen, seenAlone, statutory, statutoryVisit, unborn,
                notSeenAloneReason, bedroomSeen, announced, startTime, durationMinutes);
    }

    public UUID getCompletedVisitId() {
        return completedVisitId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
