package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.store.StoredContent;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A document on a child's record (table {@code document}): what it is, when it was sent or received, who added it
 * and when, and its content as stored (media type detected from the bytes, size, SHA-256, where the store keeps it).
 * Evidence as received: made whole by {@link #add}, sealed on the child's chain and never changed, here (no setters,
 * {@link Immutable}) or in the database (a trigger refuses updates and deletes). A new version is a new document
 * that {@link #getSupersedes supersedes} this one.
 */
@Entity
@Immutable
@Table(name = "document")
public class Document extends SealedEntry {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    /** The note it is attached to, if any; on the same child's record. */
    @Column(name = "note_id")
    private UUID noteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentDirection direction;

    /** The day it was sent, received or (for an internal document) made. */
    @Column(nullable = false)
    private LocalDate dated;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    private UUID supersedes;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_by_name", nullable = false)
    private String addedByName;

    @Column(name = "added_by_designation", nullable = false)
    private String addedByDesignation;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Document() {
        // for Hibernate
    }

    /** What the person adding a document says of it. */
    public record Described(DocumentType type, String title, DocumentDirection direction, LocalDate dated,
                            UUID noteId) {
    }

    /**
     * The document just added to the child's record by {@code by} at {@code at}, its content already in the store;
     * {@code supersedes} the version it replaces, or null.
     */
    public static Document add(UUID childId, Described described, String fileName, String mediaType,
                               StoredContent content, Document supersedes, Person by, Instant at) {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.childId = childId;
        document.noteId = described.noteId();
        document.documentType = described.type();
        document.title = described.title().strip();
        document.direction = described.direction();
        document.dated = described.dated();
        document.fileName = fileName;
        document.mediaType = mediaType;
        document.sizeBytes = content.size();
        document.sha256 = content.sha256();
        document.storageKey = content.key();
        document.supersedes = supersedes == null ? null : supersedes.getId();
        document.addedBy = by.username();
        document.addedByName = by.fullName();
        document.addedByDesignation = by.designation();
        document.addedAt = at;
        return document;
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

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getTitle() {
        return title;
    }

    public DocumentDirection getDirection() {
        return direction;
    }

    public LocalDate getDated() {
        return dated;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public UUID getSupersedes() {
        return supersedes;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public String getAddedByName() {
        return addedByName;
    }

    public String getAddedByDesignation() {
        return addedByDesignation;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.DOCUMENT;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.document(id, noteId, documentType.name(), title, direction.name(), dated, fileName,
                mediaType, sizeBytes, sha256, supersedes, addedBy, addedByName, addedByDesignation, addedAt);
    }

    @Override
    protected void cutTimesToStorable() {
        addedAt = ChainFields.storable(addedAt);
    }
}
