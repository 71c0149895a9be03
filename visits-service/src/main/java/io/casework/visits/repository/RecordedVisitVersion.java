package io.casework.visits.repository;

import io.casework.visits.domain.VisitFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a visit's note as it was applied, and what it did to the schedule: the visit's history, so that a
 * correction that moved the schedule back can be seen. Only ever added to.
 */
@Entity
@Table(name = "recorded_visit_version")
public class RecordedVisitVersion {

    /** What a version did to the child's schedule. */
    public enum Effect {
        /** It met the visit waiting, and the next was planned. */
        COMPLETED,
        /** It moved the day of the visit it had completed, and the next visit with it. */
        RECOMPLETED,
        /** It no longer counts: the visit it completed waits again. */
        REOPENED,
        /** It does not meet a statutory visit (not seen, not statutory). */
        NOT_COUNTED,
        /** It counts, but changed nothing (not later than the last visit counted, or nothing moved). */
        UNCHANGED,
        /** It changed after a later visit counted: the schedule that later visit made stands. */
        LATER_VISIT_COUNTED
    }

    @Embeddable
    public record Key(@Column(name = "note_id") UUID noteId, @Column(name = "note_version") int noteVersion)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "visit_date", nullable = false, updatable = false)
    private LocalDate visitDate;

    @Column(name = "child_seen", nullable = false, updatable = false)
    private boolean childSeen;

    @Column(name = "seen_alone", updatable = false)
    private Boolean seenAlone;

    @Column(nullable = false, updatable = false)
    private boolean statutory;

    @Column(name = "met_statutory_visit", nullable = false, updatable = false)
    private boolean metStatutoryVisit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Effect effect;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    protected RecordedVisitVersion() {
        // for Hibernate
    }

    public static RecordedVisitVersion of(RecordedVisit visit, Effect effect, Instant at) {
        VisitFacts facts = visit.facts();
        RecordedVisitVersion version = new RecordedVisitVersion();
        version.key = new Key(visit.getNoteId(), facts.noteVersion());
        version.visitDate = facts.visitDate();
        version.childSeen = facts.childSeen();
        version.seenAlone = facts.seenAlone();
        version.statutory = facts.statutory();
        version.metStatutoryVisit = visit.isMetStatutoryVisit();
        version.effect = effect;
        version.appliedAt = at;
        return version;
    }

    public int getNoteVersion() {
        return key.noteVersion();
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

    public boolean isStatutory() {
        return statutory;
    }

    public boolean isMetStatutoryVisit() {
        return metStatutoryVisit;
    }

    public Effect getEffect() {
        return effect;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
