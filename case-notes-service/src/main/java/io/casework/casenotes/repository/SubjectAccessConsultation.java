package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The originator of third-party information consulted before it is shared (table {@code subject_access_consultation};
 * 002 s.8): whom, when they were asked and their views, if they gave any. Recorded once, never changed.
 */
@Entity
@Immutable
@Table(name = "subject_access_consultation")
public class SubjectAccessConsultation {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(nullable = false)
    private String originator;

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    private String views;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SubjectAccessConsultation() {
        // for Hibernate
    }

    public static SubjectAccessConsultation of(UUID requestId, String originator, LocalDate askedOn, String views,
                                               Person by, Instant at) {
        SubjectAccessConsultation consultation = new SubjectAccessConsultation();
        consultation.id = UUID.randomUUID();
        consultation.requestId = requestId;
        consultation.originator = originator;
        consultation.askedOn = askedOn;
        consultation.views = views;
        consultation.recordedBy = by.username();
        consultation.recordedByName = SubjectAccessRequest.nameOf(by);
        consultation.recordedAt = at;
        return consultation;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getOriginator() {
        return originator;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public String getViews() {
        return views;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
