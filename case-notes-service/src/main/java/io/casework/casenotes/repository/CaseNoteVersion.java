package io.casework.casenotes.repository;

import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/** What a note said at one version. Immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "case_note_version")
public class CaseNoteVersion extends SealedEntry {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String narrative;

    @Column(name = "childs_words")
    public String childsWords;

    @Column(name = "childs_words_how")
    public String childsWordsHow;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public VisitSection visit;

    /** The manager's comments when this version was made by returning the note to draft. */
    @Column(name = "return_comments")
    public String returnComments;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    public String savedBy;

    /** The child whose chain the version is on (its note's child), so that a chain reads from one index. */
    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.NOTE_VERSION;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.noteVersion(id.noteId(), id.version(), title, narrative, childsWords, childsWordsHow, visit,
                returnComments, savedAt, savedBy);
    }

    @Override
    protected void cutTimesToStorable() {
        savedAt = ChainFields.storable(savedAt);
    }

    @Embeddable
    public record Key(@Column(name = "note_id") UUID noteId, int version) implements Serializable {
    }
}
