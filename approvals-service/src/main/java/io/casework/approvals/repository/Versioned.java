package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every part of the organisation model that changes (a service area, a team, a member of staff) keeps about
 * its changes: its version, 1 when created and one more per change, and who made the last change and when. The
 * version is what the history records and the other services' read models apply once each, and the ETag a change
 * must name. Only the subclasses' transitions move it on, through {@link #changed}.
 */
@MappedSuperclass
public abstract class Versioned {

    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Versioned() {
        // for Hibernate, and for the subclasses' factories
    }

    /** One change, made by {@code by} at {@code at}: the next version. */
    protected void changed(String by, Instant at) {
        version++;
        updatedBy = by;
        updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
