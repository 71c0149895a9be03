package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/** A manager's decision or oversight, shown on the child's record as a management entry (001, 003 s.5i). */
@Entity
@Immutable
@Table(name = "management_entry")
public class ManagementEntry extends SealedEntry {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "note_id")
    public UUID noteId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String comments;

    @Column(name = "manager_username", nullable = false)
    public String managerUsername;

    @Column(name = "manager_name", nullable = false)
    public String managerName;

    @Column(name = "manager_designation", nullable = false)
    public String managerDesignation;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "approval_request_id")
    public UUID approvalRequestId;

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.MANAGEMENT_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.managementEntry(id, noteId, kind, outcome, comments, managerUsername, managerName,
                managerDesignation, decidedAt, recordedAt, approvalRequestId);
    }

    @Override
    protected void cutTimesToStorable() {
        decidedAt = ChainFields.storable(decidedAt);
        recordedAt = ChainFields.storable(recordedAt);
    }
}
