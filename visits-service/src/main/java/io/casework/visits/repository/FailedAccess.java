package io.casework.visits.repository;

import io.casework.visits.domain.FailedAccessLadder.Spell;
import io.casework.visits.domain.FailedAccessLadder.Step;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A spell of failed access to a child (004 "Failed visits"): opened by a visit that did not see them, lengthened by
 * each further one, ended by a visit that did. Keyed by the note of its first failed visit; records when each step of
 * the ladder was announced, so that each is announced once.
 */
@Entity
@Table(name = "failed_access")
public class FailedAccess {

    @Id
    @Column(name = "failed_access_id")
    private UUID failedAccessId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "failed_since", nullable = false)
    private LocalDate failedSince;

    @Column(name = "last_failed_on", nullable = false)
    private LocalDate lastFailedOn;

    @Column(name = "failed_visits", nullable = false)
    private int failedVisits;

    @Column(name = "practice_manager_told_at")
    private Instant practiceManagerToldAt;

    @Column(name = "team_manager_told_at")
    private Instant teamManagerToldAt;

    @Column(name = "senior_manager_told_at")
    private Instant seniorManagerToldAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by_note")
    private UUID endedByNote;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected FailedAccess() {
        // for Hibernate
    }

    public static FailedAccess open(UUID firstFailedNote, UUID childId, LocalDate on, Instant at) {
        FailedAccess spell = new FailedAccess();
        spell.failedAccessId = firstFailedNote;
        spell.childId = childId;
        spell.failedSince = on;
        spell.lastFailedOn = on;
        spell.failedVisits = 1;
        spell.openedAt = at;
        return spell;
    }

    /** Another visit failed on {@code on}. */
    public void failedAgain(LocalDate on) {
        this.failedVisits++;
        if (on.isAfter(lastFailedOn)) {
            this.lastFailedOn = on;
        }
        if (on.isBefore(failedSince)) {
            this.failedSince = on;
        }
    }

    public void told(Step step, Instant at) {
        switch (step) {
            case PRACTICE_MANAGER -> practiceManagerToldAt = at;
            case TEAM_MANAGER -> teamManagerToldAt = at;
            case SENIOR_MANAGER -> seniorManagerToldAt = at;
        }
    }

    /** The steps already announced. */
    public Set<Step> taken() {
        Set<Step> taken = EnumSet.noneOf(Step.class);
        if (practiceManagerToldAt != null) {
            taken.add(Step.PRACTICE_MANAGER);
        }
        if (teamManagerToldAt != null) {
            taken.add(Step.TEAM_MANAGER);
        }
        if (seniorManagerToldAt != null) {
            taken.add(Step.SENIOR_MANAGER);
        }
        return taken;
    }

    /** A visit saw the child on {@code on} (or the visits stopped, {@code by} null). */
    public void end(LocalDate on, UUID by) {
        this.endedOn = on;
        this.endedByNote = by;
    }

    public Spell spell() {
        return new Spell(failedSince, lastFailedOn, failedVisits);
    }

    public UUID getFailedAccessId() {
        return failedAccessId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getFailedSince() {
        return failedSince;
    }

    public LocalDate getLastFailedOn() {
        return lastFailedOn;
    }

    public int getFailedVisits() {
        return failedVisits;
    }

    public Optional<LocalDate> getEndedOn() {
        return Optional.ofNullable(endedOn);
    }
}
