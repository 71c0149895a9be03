package io.casework.casenotes.repository;

import io.casework.casenotes.domain.VisitSection;
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
import java.util.UUID;

/** What a note said at one version. Immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "case_note_version")
public class CaseNoteVersion {

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

    @Embeddable
    public record Key(@Column(name = "note_id") UUID noteId, int version) implements Serializable {
    }
}
