package io.casework.casenotes.repository;

import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.RecordChangeKind;
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
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One change to a child's own record (table {@code child_record_change}): its opening, a correction, the birth, an
 * allocation, a transfer or an IRO assignment, with the record's version after it, who made it (name, job title and
 * team as they were then), when, why, and each field as it was and as it became (002 s.5: details change over time
 * and keep their history). Append-only: made whole by {@link #of}, sealed on the child's chain and never changed,
 * here (no setters, {@link Immutable}) or in the database (a trigger refuses updates).
 */
@Entity
@Immutable
@Table(name = "child_record_change")
public class ChildRecordChange extends SealedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordChangeKind kind;

    /** The record's version after the change; null for allocations carried over from before versions were kept. */
    @Column(name = "record_version")
    private Long recordVersion;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    /** As they were when they made the change; null for allocations carried over, which kept the username alone. */
    @Column(name = "changed_by_name")
    private String changedByName;

    @Column(name = "changed_by_designation")
    private String changedByDesignation;

    @Column(name = "changed_by_team")
    private String changedByTeam;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    private String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<FieldChange> changes;

    protected ChildRecordChange() {
        // for Hibernate
    }

    /** The change just made to the child's record (at its new version), by {@code by} at {@code at}. */
    public static ChildRecordChange of(Child child, RecordChangeKind kind, List<FieldChange> changes,
                                       AccessingPerson by, Instant at, String reason) {
        ChildRecordChange change = new ChildRecordChange();
        change.childId = child.getId();
        change.kind = kind;
        change.recordVersion = child.getVersion();
        change.changedBy = by.username();
        change.changedByName = by.fullName();
        change.changedByDesignation = by.designation();
        change.changedByTeam = by.team();
        change.changedAt = at;
        change.reason = reason == null || reason.isBlank() ? null : reason.strip();
        change.changes = List.copyOf(changes);
        return change;
    }

    public Long getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public RecordChangeKind getKind() {
        return kind;
    }

    public Long getRecordVersion() {
        return recordVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public String getChangedByDesignation() {
        return changedByDesignation;
    }

    public String getChangedByTeam() {
        return changedByTeam;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.RECORD_CHANGE;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.recordChange(kind.name(), recordVersion, changedBy, changedByName, changedByDesignation,
                changedByTeam, changedAt, reason, changes);
    }

    @Override
    protected void cutTimesToStorable() {
        changedAt = ChainFields.storable(changedAt);
    }
}
