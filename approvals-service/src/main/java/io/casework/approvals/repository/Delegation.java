package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone acts for an absent approver for a stated time (table {@code delegation}; issue 17: "acting-up and delegation
 * during absence are explicit, time-bound and recorded"). Recorded by {@link #record}; the only change is
 * {@link #end}ing it early. Never deleted: who could decide for whom, and when, stays on the record.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String delegator;

    @Column(nullable = false, updatable = false)
    private String delegate;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected Delegation() {
        // for Hibernate
    }

    public static Delegation record(String delegator, String delegate, Instant startsAt, Instant endsAt,
                                    String reason, String recordedBy, Instant recordedAt) {
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.delegator = delegator;
        delegation.delegate = delegate;
        delegation.startsAt = startsAt;
        delegation.endsAt = endsAt;
        delegation.reason = reason.strip();
        delegation.recordedBy = recordedBy;
        delegation.recordedAt = recordedAt;
        return delegation;
    }

    /**
     * Ends the delegation now, before its end: the delegator is back. Ending one already over changes nothing.
     *
     * @return whether it was running (or still to come) and is now ended
     */
    public boolean end(String by, Instant at) {
        if (!runsAfter(at)) {
            return false;
        }
        endedAt = at;
        endedBy = by;
        return true;
    }

    /** Whether the delegate may act for the delegator at {@code at}. */
    public boolean runsAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(effectiveEnd());
    }

    private boolean runsAfter(Instant at) {
        return at.isBefore(effectiveEnd());
    }

    /** When it stops: its planned end, or the moment it was ended early. */
    public Instant effectiveEnd() {
        return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
    }

    public UUID getId() {
        return id;
    }

    public String getDelegator() {
        return delegator;
    }

    public String getDelegate() {
        return delegate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
