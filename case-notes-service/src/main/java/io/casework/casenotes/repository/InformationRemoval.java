package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.chain.RemovedContent;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;
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
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A removal of factually inaccurate personal information from one note version, made on a manager's decision (002
 * s.5; table {@code information_removal}): which parts, each part's digest before (and the digest of the sections it
 * left, when it took any), what kind of information, who asked, on whose decision, and when. Append-only and sealed on the child's chain. Made whole by {@link #approved} and
 * written only by the database function that redacts the version in the same call
 * ({@link InformationRemovalRepository#apply}), never by Hibernate.
 */
@Entity
@Immutable
@Table(name = "information_removal")
public class InformationRemoval extends SealedEntry {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "note_id", nullable = false)
    private UUID noteId;

    @Column(name = "note_version", nullable = false)
    private int noteVersion;

    @Column(name = "removal_request_id", nullable = false)
    private UUID removalRequestId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] fields;

    /** The digest of each removed part's content before, in the order of {@link #fields}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "original_digests", nullable = false, columnDefinition = "text[]")
    private String[] originalDigests;

    /** The digest of the version's sections as this removal left them; null when it took no section of them. */
    @Column(name = "sections_left_digest")
    private String sectionsLeftDigest;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_kind", nullable = false)
    private PersonalInformationKind informationKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonConcerned concerns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemovalGround ground;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_by_name", nullable = false)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "approval_request_id", nullable = false)
    private UUID approvalRequestId;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_by_name", nullable = false)
    private String decidedByName;

    @Column(name = "decided_by_designation", nullable = false)
    private String decidedByDesignation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "removed_at", nullable = false)
    private Instant removedAt;

    protected InformationRemoval() {
        // for Hibernate
    }

    /**
     * The removal an approved {@code request} makes, at {@code removedAt}: the request's parts, with the digest each
     * had before and the digest of the sections it leaves ({@code digests}, the parts' in the same order), and the
     * request's and decision's facts as the request holds them (the database function copies them from it, so the seal
     * covers what is stored).
     */
    public static InformationRemoval approved(RemovalRequest request, RemovedContent.Digests digests,
            Instant removedAt) {
        InformationRemoval removal = new InformationRemoval();
        removal.id = UUID.randomUUID();
        removal.childId = request.getChildId();
        removal.noteId = request.getNoteId();
        removal.noteVersion = request.getNoteVersion();
        removal.removalRequestId = request.getId();
        removal.fields = request.getFields().stream().map(Enum::name).toArray(String[]::new);
        removal.originalDigests = digests.original().toArray(String[]::new);
        removal.sectionsLeftDigest = digests.sectionsLeft();
        removal.informationKind = request.getInformationKind();
        removal.concerns = request.getConcerns();
        removal.ground = request.getCriteria().ground();
        removal.requestedBy = request.getRequestedBy().username();
        removal.requestedByName = request.getRequestedBy().fullName();
        removal.requestedAt = request.getRequestedAt();
        removal.approvalRequestId = request.getDecision().getApprovalRequestId();
        removal.decidedBy = request.getDecision().getDecidedBy();
        removal.decidedByName = request.getDecision().getDecidedByName();
        removal.decidedByDesignation = request.getDecision().getDecidedByDesignation();
        removal.decidedAt = request.getDecision().getDecidedAt();
        removal.removedAt = removedAt;
        return removal;
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

    public int getNoteVersion() {
        return noteVersion;
    }

    public UUID getRemovalRequestId() {
        return removalRequestId;
    }

    public List<NoteContentField> getFields() {
        return Arrays.stream(fields).map(NoteContentField::valueOf).toList();
    }

    public List<String> getOriginalDigests() {
        return List.of(originalDigests);
    }

    public String getSectionsLeftDigest() {
        return sectionsLeftDigest;
    }

    public PersonalInformationKind getInformationKind() {
        return informationKind;
    }

    public PersonConcerned getConcerns() {
        return concerns;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public UUID getApprovalRequestId() {
        return approvalRequestId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getDecidedByDesignation() {
        return decidedByDesignation;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.INFORMATION_REMOVAL;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.informationRemoval(id, noteId, noteVersion, removalRequestId, List.of(fields),
                List.of(originalDigests), sectionsLeftDigest, informationKind.name(), concerns.name(), ground.name(), requestedBy,
                requestedByName, requestedAt, approvalRequestId, decidedBy, decidedByName, decidedByDesignation,
                decidedAt, removedAt);
    }

    @Override
    protected void cutTimesToStorable() {
        requestedAt = ChainFields.storable(requestedAt);
        decidedAt = ChainFields.storable(decidedAt);
        removedAt = ChainFields.storable(removedAt);
    }
}
