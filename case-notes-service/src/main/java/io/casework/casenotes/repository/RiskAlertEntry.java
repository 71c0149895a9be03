package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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
public class RiskAlertEntry extends SealedEntry {

    /** What was done to the alert. */
    public enum Act {
        REQUESTED,
        APPROVED,
        REFUSED,
        CONTINUED,
        ENDED
    }

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "alert_id", nullable = false)
    private UUID alertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Act act;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> facts;

    @Column(name = "by_username", nullable = false)
    private String byUsername;

    @Column(name = "by_name", nullable = false)
    private String byName;

    @Column(name = "by_designation", nullable = false)
    private String byDesignation;

    @Column(nullable = false)
    private Instant at;

    protected RiskAlertEntry() {
        // for Hibernate
    }

    /**
     * The act just done on {@code alert} by {@code by} at {@code at}. Facts are plain JSON values (text, numbers,
     * booleans, lists of them): dates and times go in as ISO text, so that the seal reads them back as sealed.
     */
    public static RiskAlertEntry of(RiskAlert alert, Act act, Map<String, Object> facts, Person by, Instant at) {
        RiskAlertEntry entry = new RiskAlertEntry();
        entry.id = UUID.randomUUID();
        entry.childId = alert.getChildId();
        entry.alertId = alert.getId();
        entry.act = act;
        entry.facts = new LinkedHashMap<>(facts);
        entry.byUsername = by.username();
        entry.byName = by.fullName() == null ? by.username() : by.fullName();
        entry.byDesignation = by.designation() == null ? "" : by.designation();
        entry.at = at;
        return entry;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAlertId() {
        return alertId;
    }

    public Act getAct() {
        return act;
    }

    public Map<String, Object> getFacts() {
        return Collections.unmodifiableMap(facts);
    }

    public String getByUsername() {
        return byUsername;
    }

    public String getByName() {
        return byName;
    }

    public String getByDesignation() {
        return byDesignation;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.RISK_ALERT_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.riskAlertEntry(id, alertId, act.name(), facts, byUsername, byName, byDesignation, at);
    }

    @Override
    protected void cutTimesToStorable() {
        at = ChainFields.storable(at);
    }
}
