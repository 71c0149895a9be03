package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A manager's decision or oversight, shown on the child's record as a management entry (001, 003 s.5i); table
 * {@code management_entry}. Append-only: made whole by {@link #oversight} from the decision, sealed on the child's
 * chain and never changed, here (no setters, {@link Immutable}) or in the database (a trigger refuses updates).
 */
@Entity
@Immutable
@Table(name = "management_entry")
public class ManagementEntry extends SealedEntry {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "note_id")
    private UUID noteId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String comments;

    @Column(name = "manager_username", nullable = false)
    private String managerUsername;

    @Column(name = "manager_name", nullable = false)
    private String managerName;

    @Column(name = "manager_designation", nullable = false)
    private String managerDesignation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "approval_request_id")
    private UUID approvalRequestId;

    protected ManagementEntry() {
        // for Hibernate
    }

    /**
     * The manager's oversight {@code decision} on {@code note}, attributed to the manager as they were when they
     * decided, recorded here at {@code recordedAt}. A decision without comments has empty ones.
     */
    public static ManagementEntry oversight(CaseNote note, ApprovalDecided decision, Instant recordedAt) {
        return of(note.getChildId(), note.getId(), decision, recordedAt);
    }

    /**
     * The practice manager's oversight of a case closure (002 s.12 step 3: "Management Oversight detailing the reasons
     * ... case closure is appropriate must be documented on each child / young person's record"): an entry on the
     * child's record itself, of no note, with the manager's reasons as its comments.
     */
    public static ManagementEntry caseClosure(UUID childId, ApprovalDecided decision, Instant recordedAt) {
        return of(childId, null, decision, recordedAt);
    }

    private static ManagementEntry of(UUID childId, UUID noteId, ApprovalDecided decision, Instant recordedAt) {
        ManagementEntry entry = new ManagementEntry();
        entry.id = UUID.randomUUID();
        entry.childId = childId;
        entry.noteId = noteId;
        entry.kind = decision.kind();
        entry.outcome = decision.outcome().name();
        entry.comments = decision.comments() == null ? "" : decision.comments();
        entry.managerUsername = decision.decidedBy();
        entry.managerName = decision.decidedByName();
        entry.managerDesignation = decision.decidedByDesignation();
        entry.decidedAt = decision.decidedAt();
        entry.recordedAt = recordedAt;
        entry.approvalRequestId = decision.requestId();
        return entry;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getNoteId() {
        return noteId;
    }

    public String getKind() {
        return kind;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getComments() {
        return comments;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public String getManagerName() {
        return managerName;
    }

    public String getManagerDesignation() {
        return managerDesignation;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public UUID getApprovalRequestId() {
        return approvalRequestId;
    }

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
