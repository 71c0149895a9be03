package io.casework.visits.repository;

import io.casework.timescales.Timescale;
import io.casework.timescales.TimescaleUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A manager's visit frequency for one child, with why (a child in need plan sets its own; a child at risk may need
 * more). Each setting is a row of its own and none is changed: the latest is in force, and one without an interval
 * hands the child back to the rule set's frequency.
 */
@Entity
@Table(name = "visit_frequency_setting")
public class VisitFrequencySetting {

    @Id
    @Column(name = "setting_id")
    private UUID settingId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "every_amount", updatable = false)
    private Integer everyAmount;

    @Column(name = "every_unit", updatable = false)
    private String everyUnit;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    protected VisitFrequencySetting() {
        // for Hibernate
    }

    /** @param every the child's own interval, or empty to go back to the rule set's */
    public static VisitFrequencySetting set(UUID childId, Optional<Timescale> every, String reason, String by,
                                            Instant at) {
        VisitFrequencySetting setting = new VisitFrequencySetting();
        setting.settingId = UUID.randomUUID();
        setting.childId = childId;
        setting.everyAmount = every.map(Timescale::amount).orElse(null);
        setting.everyUnit = every.map(t -> t.unit().name()).orElse(null);
        setting.reason = reason;
        setting.setBy = by;
        setting.setAt = at;
        return setting;
    }

    public Optional<Timescale> every() {
        return everyAmount == null ? Optional.empty()
                : Optional.of(new Timescale(everyAmount, TimescaleUnit.valueOf(everyUnit)));
    }

    public UUID getSettingId() {
        return settingId;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getReason() {
        return reason;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
