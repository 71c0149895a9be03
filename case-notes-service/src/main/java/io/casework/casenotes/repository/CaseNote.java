package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteLifecycle.Refusal;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.RecordingTimescale.Judgement;
import io.casework.contracts.NoteType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A case note's current state (table {@code case_note}); its content lives in {@link CaseNoteVersion}s. Written as a
 * draft by {@link #write}; changes only through {@link #revise}, {@link #submit}, {@link #finalise}, {@link #approve}
 * and {@link #returnForChanges}, each of which applies {@link NoteLifecycle}, so that no code path can edit a
 * submitted note, finalise a note that needs oversight or let a manager decide their own note. Each transition has
 * its question ({@code refusalTo...}) for the service to ask first and answer as a problem in its own order.
 * Whether it was late is judged on when it was first recorded ({@link #getWrittenAt()}) against the recording
 * timescale of its type, from the event's date and time; a change of the event or of a visit's type judges it again,
 * and the note keeps the judgement (the rule and the rule data's version) it was last judged by.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    /** Fixed when written, except that a draft visit's kind may be corrected (see {@link NoteLifecycle#canRetype}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false)
    private NoteType noteType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    /** When in the day it happened, a local time in England; null on notes written before notes had one. */
    @Column(name = "event_time")
    private LocalTime eventTime;

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

    /** The recording timescale rule it was judged by; null when its authority has none for its type. */
    @Column(name = "recording_rule_id")
    private String recordingRuleId;

    /** The version of the rule data it was judged by ({@code RuleSetRegistry.version()}). */
    @Column(name = "rules_version")
    private String rulesVersion;

    /** The last day on time under {@link #recordingRuleId}. */
    @Column(name = "recording_due_date")
    private LocalDate recordingDueDate;

    /** The moment due, for a rule counted in hours from the event's time. */
    @Column(name = "recording_due_at")
    private Instant recordingDueAt;

    /** How many working days after the due date it was first recorded; null when on time. */
    @Column(name = "working_days_late")
    private Integer workingDaysLate;

    /** A manager's entry (its type says so), shown as one in every listing (001 "highlighted in green"). */
    @Column(name = "management_entry", nullable = false, updatable = false)
    private boolean managementEntry;

    /** Whether its current version records a significant event (003 s.6b), for the list's filter. */
    @Column(nullable = false)
    private boolean significant;

    /** The notes written at once for the children of one family share this (001 "Relevance", 003 s.4). */
    @Column(name = "family_group_id", updatable = false)
    private UUID familyGroupId;

    /** The entry an AMENDMENT corrects or a DISPUTE disputes; null on any other note. */
    @Column(name = "corrects_note_id", updatable = false)
    private UUID correctsNoteId;

    protected CaseNote() {
        // for Hibernate
    }

    /**
     * A new draft at version 1, by {@code author} at {@code writtenAt}, about an event on {@code eventDate} at
     * {@code eventTime}, judged against its recording timescale; {@code familyGroupId} links it to the notes
     * written with it for the child's brothers and sisters, or is null.
     */
    public static CaseNote write(UUID childId, NoteType noteType, LocalDate eventDate, LocalTime eventTime,
                                 Person author, Instant writtenAt, Optional<Judgement> timeliness,
                                 boolean significant, UUID familyGroupId) {
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.childId = childId;
        note.noteType = noteType;
        note.status = NoteStatus.DRAFT;
        note.currentVersion = 1;
        note.eventDate = eventDate;
        note.eventTime = eventTime;
        note.authorUsername = author.username();
        note.authorName = author.fullName();
        note.authorDesignation = author.designation();
        note.authorTeam = author.team();
        note.writtenAt = writtenAt;
        note.managementEntry = noteType.managementEntry();
        note.significant = significant;
        note.familyGroupId = familyGroupId;
        note.judged(timeliness);
        return note;
    }

    /**
     * A team manager's correction of the final {@code original}: an AMENDMENT on the same child, final at once
     * (001 "Case Record Integrity"), recorded at {@code at} on {@code today}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if the original is not final
     */
    public static CaseNote amend(CaseNote original, Person teamManager, Instant at, LocalDate today,
                                 LocalTime now) {
        NoteLifecycle.require(original.refusalToAmend());
        CaseNote amendment = write(original.childId, NoteType.AMENDMENT, today, now, teamManager, at,
                Optional.empty(), false, null);
        amendment.correctsNoteId = original.id;
        amendment.madeFinal(at);
        return amendment;
    }

    /**
     * A MANAGEMENT_DECISION by {@code decider}, final at once: a decision made elsewhere (a head of service's approval
     * of a roll-back in approvals-service) that the record evidences in their name (000: "A case note will also be
     * added by the Head of Service to evidence the reason for the roll-back").
     */
    public static CaseNote decisionOnRecord(UUID childId, Person decider, Instant at, LocalDate today, LocalTime now) {
        CaseNote note = write(childId, NoteType.MANAGEMENT_DECISION, today, now, decider, at, Optional.empty(), false,
                null);
        note.madeFinal(at);
        return note;
    }

    /**
     * A child's or parent's disagreement with {@code original}, recorded as a DISPUTE draft that goes through the
     * ordinary lifecycle (002 s.5, 003 s.5d).
     *
     * @throws NoteLifecycle.IllegalNoteTransition if the original is still a draft
     */
    public static CaseNote dispute(CaseNote original, LocalDate eventDate, LocalTime eventTime, Person author,
                                   Instant writtenAt, Optional<Judgement> timeliness) {
        NoteLifecycle.require(original.refusalToDispute());
        CaseNote dispute = write(original.childId, NoteType.DISPUTE, eventDate, eventTime, author, writtenAt,
                timeliness, false, null);
        dispute.correctsNoteId = original.id;
        return dispute;
    }

    /** Why the note cannot be corrected by an amendment; empty when it can. */
    public Optional<Refusal> refusalToAmend() {
        return NoteLifecycle.canAmend(status);
    }

    /** Why the note cannot be disputed; empty when it can. */
    public Optional<Refusal> refusalToDispute() {
        return NoteLifecycle.canDispute(status);
    }

    /** Why {@code by} may not save a new version of the note now; empty when they may. */
    public Optional<Refusal> refusalToEdit(String by) {
        return NoteLifecycle.canEdit(status, authorUsername, by);
    }

    /** Why the draft's type may not become {@code type}; empty when it may (or stays the same). */
    public Optional<Refusal> refusalToRetype(NoteType type) {
        return NoteLifecycle.canRetype(noteType, type);
    }

    /**
     * The author saves a new version of the draft, as a note of {@code type} (a visit's kind corrected, or the same
     * type) about an event on {@code eventDate} at {@code eventTime}, judged again on when it was first recorded. The
     * new version is {@link #getCurrentVersion()}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not edit the note, or not into that type
     */
    public void revise(String by, NoteType type, LocalDate eventDate, LocalTime eventTime,
                       Optional<Judgement> timeliness, boolean significant) {
        NoteLifecycle.require(refusalToEdit(by));
        NoteLifecycle.require(refusalToRetype(type));
        this.noteType = type;
        this.eventDate = eventDate;
        this.eventTime = eventTime;
        this.significant = significant;
        judged(timeliness);
        currentVersion++;
    }

    /** Why {@code by} may not submit the note for oversight now; empty when they may. */
    public Optional<Refusal> refusalToSubmit(String by) {
        return NoteLifecycle.canSubmit(status, authorUsername, by);
    }

    /**
     * The author hands the note to management oversight at {@code at}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not submit it
     */
    public void submit(String by, Instant at) {
        NoteLifecycle.require(refusalToSubmit(by));
        status = NoteStatus.SUBMITTED;
        submittedAt = at;
    }

    /** Why {@code by} may not make the note final by themselves now; empty when they may. */
    public Optional<Refusal> refusalToFinalise(String by) {
        return NoteLifecycle.canFinaliseByAuthor(noteType, status, authorUsername, by);
    }

    /**
     * The author makes a note that needs no oversight final at {@code at}.
     *
     * @throws NoteLifecycle.IllegalNoteTransition if {@code by} may not finalise it
     */
    public void finalise(String by, Instant at) {
        NoteLifecycle.require(refusalToFinalise(by));
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

    private void judged(Optional<Judgement> timeliness) {
        recordingRuleId = timeliness.map(Judgement::ruleId).orElse(null);
        rulesVersion = timeliness.map(Judgement::rulesVersion).orElse(null);
        recordingDueDate = timeliness.map(Judgement::dueDate).orElse(null);
        recordingDueAt = timeliness.map(Judgement::dueAt).orElse(null);
        late = timeliness.map(Judgement::late).orElse(false);
        workingDaysLate = timeliness.map(Judgement::workingDaysLate).orElse(null);
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

    public LocalTime getEventTime() {
        return eventTime;
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

    public String getRecordingRuleId() {
        return recordingRuleId;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public LocalDate getRecordingDueDate() {
        return recordingDueDate;
    }

    public Instant getRecordingDueAt() {
        return recordingDueAt;
    }

    public Integer getWorkingDaysLate() {
        return workingDaysLate;
    }

    public boolean isManagementEntry() {
        return managementEntry;
    }

    public boolean isSignificant() {
        return significant;
    }

    public UUID getFamilyGroupId() {
        return familyGroupId;
    }

    public UUID getCorrectsNoteId() {
        return correctsNoteId;
    }
}
