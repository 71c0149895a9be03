package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.DisclosureDecision;
import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.domain.WithholdingCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A manager's decision on one item of a subject access request (table {@code subject_access_decision}; 002 s.8): to
 * disclose it or to withhold it, in a category, with the reason. The latest decision on the item stands; each one made
 * is kept in the child's chained history too.
 */
@Entity
@Table(name = "subject_access_decision")
public class SubjectAccessDecision {

    @EmbeddedId
    private Key id;

    /** The note the item is on; null for a document. */
    @Column(name = "note_id")
    private UUID noteId;

    /** The document the item is; null for a note's items. */
    @Column(name = "document_id")
    private UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisclosureDecision decision;

    @Enumerated(EnumType.STRING)
    private WithholdingCategory category;

    @Column(nullable = false)
    private String reason;

    @Column(name = "no_consultation_reason")
    private String noConsultationReason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_by_name", nullable = false)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected SubjectAccessDecision() {
        // for Hibernate
    }

    public static SubjectAccessDecision of(UUID requestId, ReviewItem item) {
        SubjectAccessDecision made = new SubjectAccessDecision();
        made.id = new Key(requestId, item.ref());
        made.noteId = item.noteId();
        made.documentId = item.documentId();
        return made;
    }

    /** Records (or replaces) the decision. */
    public void decide(DisclosureDecision decision, WithholdingCategory category, String reason,
                       String noConsultationReason, Person by, Instant at) {
        this.decision = decision;
        this.category = category;
        this.reason = reason;
        this.noConsultationReason = noConsultationReason;
        this.decidedBy = by.username();
        this.decidedByName = SubjectAccessRequest.nameOf(by);
        this.decidedAt = at;
    }

    public String getItemRef() {
        return id.itemRef();
    }

    public UUID getNoteId() {
        return noteId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public DisclosureDecision getDecision() {
        return decision;
    }

    public WithholdingCategory getCategory() {
        return category;
    }

    public String getReason() {
        return reason;
    }

    public String getNoConsultationReason() {
        return noConsultationReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId, @Column(name = "item_ref") String itemRef)
            implements Serializable {
    }
}
