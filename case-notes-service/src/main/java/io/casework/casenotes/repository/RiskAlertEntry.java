package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One act on a child's risk alert (table {@code risk_alert_entry}, V21; 001 "Risk Alerts"): asked for, approved or
 * refused by the head of service, continued or ended at a review, with its facts, by whom as they were then, and when.
 * The alert row says where it stands; these entries are how it got there, each sealed on the child's chain and never
 * changed, here ({@link Immutable}) or in the database (a trigger refuses).
 */
@Entity
@Immutable
@Table(name = "risk_alert_entry")
public class RiskAlertEntry extends ActEntry {

    /** What was done to the alert. */
    public enum Act {
        REQUESTED,
        APPROVED,
        REFUSED,
        CONTINUED,
        ENDED
    }

    @Column(name = "alert_id", nullable = false)
    private UUID alertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Act act;

    protected RiskAlertEntry() {
        // for Hibernate
    }

    private RiskAlertEntry(UUID childId, Map<String, Object> facts, Person by, Instant at) {
        super(childId, facts, by, at);
    }

    /**
     * The act just done on {@code alert} by {@code by} at {@code at}. Facts are plain JSON values (text, numbers,
     * booleans, lists of them): dates and times go in as ISO text, so that the seal reads them back as sealed.
     */
    public static RiskAlertEntry of(RiskAlert alert, Act act, Map<String, Object> facts, Person by, Instant at) {
        RiskAlertEntry entry = new RiskAlertEntry(alert.getChildId(), facts, by, at);
        entry.alertId = alert.getId();
        entry.act = act;
        return entry;
    }

    public UUID getAlertId() {
        return alertId;
    }

    public Act getAct() {
        return act;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.RISK_ALERT_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.riskAlertEntry(getId(), alertId, act.name(), getFacts(), getByUsername(), getByName(),
                getByDesignation(), getAt());
    }
}
