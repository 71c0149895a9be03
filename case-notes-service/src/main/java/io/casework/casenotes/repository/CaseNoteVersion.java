package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.LegacyVisitSection;
import io.casework.casenotes.domain.NoteSections;
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

/**
 * What a note said at one version (table {@code case_note_version}). Append-only: made whole by {@link #saved} (the
 * author's save) or {@link #returned} (a manager's return to draft), sealed on the child's chain and never changed,
 * here (no setters, {@link Immutable}) or in the database (a trigger refuses updates). Its structured sections are
 * one document ({@code sections}); a version saved before there were sections kept only a visit section, in the
 * shape of the time ({@code visit}), and is shown in today's sections.
 */
@Entity
@Immutable
@Table(name = "case_note_version")
public class CaseNoteVersion extends SealedEntry {

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String narrative;

    @Column(name = "childs_words")
    private String childsWords;

    @Column(name = "childs_words_how")
    private String childsWordsHow;

    /** The visit section of a version saved before sections existed; null on every later version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "visit", columnDefinition = "jsonb")
    private LegacyVisitSection legacyVisit;

    /** Every structured section of the version; null only on a version saved before sections existed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private NoteSections sections;

    /** The manager's comments when this version was made by returning the note to draft. */
    @Column(name = "return_comments")
    private String returnComments;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    /** The child whose chain the version is on (its note's child), so that a chain reads from one index. */
    @Column(name = "child_id", nullable = false)
    private UUID childId;

    protected CaseNoteVersion() {
        // for Hibernate
    }

    /** What the author saved as the note's current version. */
    public static CaseNoteVersion saved(CaseNote note, String title, String narrative, ChildsVoice childsVoice,
                                        NoteSections sections, String savedBy, Instant savedAt) {
        return saved(new Key(note.getId(), note.getCurrentVersion()), note.getChildId(), title, narrative,
                childsVoice, sections, savedBy, savedAt);
    }

    /** What was saved as version {@code id} of a note of the child {@code childId}. */
    public static CaseNoteVersion saved(Key id, UUID childId, String title, String narrative,
                                        ChildsVoice childsVoice, NoteSections sections, String savedBy,
                                        Instant savedAt) {
        CaseNoteVersion version = new CaseNoteVersion();
        version.id = id;
        version.childId = childId;
        version.title = title;
        version.narrative = narrative;
        version.childsWords = childsVoice == null ? null : childsVoice.words();
        version.childsWordsHow = childsVoice == null ? null : childsVoice.howObtained();
        version.sections = sections;
        version.savedBy = savedBy;
        version.savedAt = savedAt;
        return version;
    }

    /**
     * The note's current version made by a manager returning it to draft: what was {@code submitted}, in the shape
     * it was saved in, with the manager's comments.
     */
    public static CaseNoteVersion returned(CaseNote note, CaseNoteVersion submitted, String comments,
                                           String returnedBy, Instant returnedAt) {
        CaseNoteVersion draft = saved(note, submitted.title, submitted.narrative, submitted.getChildsVoice(),
                submitted.sections, returnedBy, returnedAt);
        draft.legacyVisit = submitted.legacyVisit;
        draft.returnComments = comments;
        return draft;
    }

    public Key getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getNarrative() {
        return narrative;
    }

    /** The child's words and how they were obtained, or null when the version has neither. */
    public ChildsVoice getChildsVoice() {
        return childsWords == null && childsWordsHow == null ? null : new ChildsVoice(childsWords, childsWordsHow);
    }

    /** The version's sections; a version saved before sections existed shows its visit section in today's shape. */
    public NoteSections getSections() {
        if (sections != null) {
            return sections;
        }
        return legacyVisit != null ? legacyVisit.sections() : NoteSections.builder().build();
    }

    public String getReturnComments() {
        return returnComments;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public UUID getChildId() {
        return childId;
    }

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
        return ChainFields.noteVersion(id.noteId(), id.version(), title, narrative, childsWords, childsWordsHow,
                legacyVisit, sections, returnComments, savedAt, savedBy);
    }

    @Override
    protected void cutTimesToStorable() {
        savedAt = ChainFields.storable(savedAt);
    }

    @Embeddable
    public record Key(@Column(name = "note_id") UUID noteId, int version) implements Serializable {
    }
}
