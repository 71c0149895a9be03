package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteLifecycle.Refusal;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A case note's current state (table {@code case_note}); its content lives in {@link CaseNoteVersion}s. Written as a
 * draft by {@link #write}; changes only through {@link #revise}, {@link #submit}, {@link #finalise}, {@link #approve}
 * and {@link #returnForChanges}, each of which applies {@link NoteLifecycle}, so that no code path can edit a
 * submitted note, finalise a note that needs oversight or let a manager decide their own note. Each transition has
 * its question ({@code refusalTo...}) for the service to ask first and answer as a problem in its own order.
 * Once late, a note stays late: a transition can only mark it late.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false, updatable = false)
    private NoteType noteType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "author_username", nullable = false, updatable = false)
    private String authorUsername;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "author_designation", nullable = false, updatable = false)
    private String authorDesignation;

    @Column(name = "author_team", nullable = false, updatable = false)
    private String authorTeam;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(nullable = false)
    private boolean late;

    protected CaseNote() {
        // for Hibernate
    }

    /**
     * A new draft at version 1, by {@code author} at {@code writtenAt}; {@code late} if written after the
     * recording timescale for an event on {@code eventDate}.
     */
    public static CaseNote write(UUID childId, NoteType noteType, LocalDate eventDate, Person author,
                                 Instant writtenAt, boolean late) {
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.childId = childId;
        note.noteType = noteType;
        note.status = NoteStatus.DRAFT;
        note.currentVersion = 1;
        note.eventDate = eventDate;
        note.authorUsername = author.username();
        note.authorName = author.fullName();
        note.authorDesignation = author.designation();
        note.authorTeam = author.team();
        note.writtenAt = writtenAt;
        note.late = late;
        return note;
    }

    /** Why {@code by} may not save a new version of the note now; empty when they may. */
    public Optional<Refusal> refusalToEdit(String by) {
        return NoteLifecycle.canEdit(status, authorUsername, by);
    }

    /**
     * The author saves a new version of the draft, about an event on {@code eventDate}; {@code late} if saving it
     * now is after the recording timescale. The new version is {@link #getCurrentVersion()}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not edit the note
     */
    public void revise(String by, LocalDate eventDate, boolean late) {
        actedOnByAuthor(refusalToEdit(by), late);
        this.eventDate = eventDate;
        currentVersion++;
    }

    /** Why {@code by} may not submit the note for oversight now; empty when they may. */
    public Optional<Refusal> refusalToSubmit(String by) {
        return NoteLifecycle.canSubmit(status, authorUsername, by);
    }

    /**
     * The author hands the note to management oversight at {@code at}; {@code late} if that is after the recording
     * timescale.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not submit it
     */
    public void submit(String by, Instant at, boolean late) {
        actedOnByAuthor(refusalToSubmit(by), late);
        status = NoteStatus.SUBMITTED;
        submittedAt = at;
    }

    /** Why {@code by} may not make the note final by themselves now; empty when they may. */
    public Optional<Refusal> refusalToFinalise(String by) {
        return NoteLifecycle.canFinaliseByAuthor(noteType, status, authorUsername, by);
    }

    /**
     * The author makes a note that needs no oversight final at {@code at}; {@code late} if that is after the
     * recording timescale.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not finalise it
     */
    public void finalise(String by, Instant at, boolean late) {
        actedOnByAuthor(refusalToFinalise(by), late);
        madeFinal(at);
    }

    /** Why {@code manager} may not decide the note's oversight now; empty when they may. */
    public Optional<Refusal> refusalToDecide(String manager) {
        return NoteLifecycle.canDecide(status, authorUsername, manager);
    }

    /**
     * A manager approves the submitted note, which is final from {@code at}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code manager} may not decide it
     */
    public void approve(String manager, Instant at) {
        NoteLifecycle.require(refusalToDecide(manager));
        madeFinal(at);
    }

    /**
     * A manager returns the submitted note to its author: a draft again, at a new version (which carries the
     * manager's comments) that is {@link #getCurrentVersion()}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code manager} may not decide it
     */
    public void returnForChanges(String manager) {
        NoteLifecycle.require(refusalToDecide(manager));
        currentVersion++;
        status = NoteStatus.DRAFT;
        submittedAt = null;
    }

    /**
     * The author saves or hands the note on, if the lifecycle allows it ({@code refusal} empty); late from now on if
     * doing so now is late ({@code lateNow}).
     */
    private void actedOnByAuthor(Optional<Refusal> refusal, boolean lateNow) {
        NoteLifecycle.require(refusal);
        late = late || lateNow;
    }

    private void madeFinal(Instant at) {
        status = NoteStatus.FINAL;
        finalisedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorDesignation() {
        return authorDesignation;
    }

    public String getAuthorTeam() {
        return authorTeam;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public boolean isLate() {
        return late;
    }
}
