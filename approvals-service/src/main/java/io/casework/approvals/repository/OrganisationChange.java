package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One change to the organisation model: the subject as it was after the change, who changed it and when (table
 * {@code organisation_change}, which the runtime role may only insert into). Made by {@link #record} and never
 * changed: it has no transitions, since a history that could be rewritten would not be one.
 */
@Entity
@Immutable
@Table(name = "organisation_change")
public class OrganisationChange {

    public enum SubjectKind { SERVICE_AREA, TEAM, STAFF_MEMBER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false)
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false)
    private String change;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String after;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrganisationChange() {
        // for Hibernate
    }

    /**
     * The history entry of version {@code version} of the subject: what the change was ({@code CREATED},
     * {@code CHANGED}, {@code JOINED}, {@code LEFT}) and the whole subject after it, as JSON.
     */
    public static OrganisationChange record(SubjectKind subjectKind, String subjectId, long version, String change,
                                            String after, String changedBy, Instant changedAt) {
        OrganisationChange entry = new OrganisationChange();
        entry.subjectKind = subjectKind;
        entry.subjectId = subjectId;
        entry.version = version;
        entry.change = change;
        entry.after = after;
        entry.changedBy = changedBy;
        entry.changedAt = changedAt;
        return entry;
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public long getVersion() {
        return version;
    }

    public String getChange() {
        return change;
    }

    public String getAfter() {
        return after;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
