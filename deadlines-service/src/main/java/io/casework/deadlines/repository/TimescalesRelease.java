package io.casework.deadlines.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A release of the timescales data whose recount of open due dates is done (table {@code timescales_release}): the
 * first replica to run under a new version recounts them and records it here; the others find it done.
 */
@Entity
@Table(name = "timescales_release")
public class TimescalesRelease {

    @Id
    private String version;

    @Column(name = "recomputed_at", nullable = false, updatable = false)
    private Instant recomputedAt;

    @Column(nullable = false, updatable = false)
    private int examined;

    @Column(nullable = false, updatable = false)
    private int changed;

    protected TimescalesRelease() {
        // for Hibernate
    }

    public static TimescalesRelease done(String version, Instant at, int examined, int changed) {
        TimescalesRelease release = new TimescalesRelease();
        release.version = version;
        release.recomputedAt = at;
        release.examined = examined;
        release.changed = changed;
        return release;
    }

    public String getVersion() {
        return version;
    }

    public Instant getRecomputedAt() {
        return recomputedAt;
    }

    public int getExamined() {
        return examined;
    }

    public int getChanged() {
        return changed;
    }
}
