package io.casework.approvals.repository;

import io.casework.contracts.events.RiskAlertRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a risk alert request asks the head of service to decide (001 "Risk Alerts"): the kind of alert, the date it
 * started or was first known, the description and the dated entries of the record it refers to. Part of the request
 * it belongs to, written once.
 */
@Embeddable
public class RiskAlertSubject {

    @Column(name = "risk_alert_type", updatable = false)
    private String type;

    @Column(name = "risk_alert_started_on", updatable = false)
    private LocalDate startedOn;

    @Column(name = "risk_alert_description", updatable = false)
    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_alert_note_ids", updatable = false, columnDefinition = "uuid[]")
    private UUID[] noteIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_alert_document_ids", updatable = false, columnDefinition = "uuid[]")
    private UUID[] documentIds;

    protected RiskAlertSubject() {
        // for Hibernate
    }

    static RiskAlertSubject of(RiskAlertRequested asked) {
        RiskAlertSubject subject = new RiskAlertSubject();
        subject.type = asked.type();
        subject.startedOn = asked.startedOn();
        subject.description = asked.description();
        subject.noteIds = asked.noteIds().toArray(UUID[]::new);
        subject.documentIds = asked.documentIds().toArray(UUID[]::new);
        return subject;
    }

    /** A {@code RiskAlertType} name. */
    public String getType() {
        return type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getDescription() {
        return description;
    }

    public List<UUID> getNoteIds() {
        return List.of(noteIds);
    }

    public List<UUID> getDocumentIds() {
        return List.of(documentIds);
    }
}
