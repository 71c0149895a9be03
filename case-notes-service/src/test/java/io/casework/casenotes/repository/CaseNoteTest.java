package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.RecordingTimescale.Judgement;
import io.casework.contracts.NoteType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNoteTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-04T16:00:00Z");
    private static final String AUTHOR = "north.sw1";
    private static final String MANAGER = "north.pm";

    private static CaseNote draft(NoteType type) {
        return CaseNote.write(UUID.randomUUID(), type, LocalDate.of(2026, 3, 1), LocalTime.of(10, 0),
                new Person(AUTHOR, "Sam Example", "Social Worker", "north"), WRITTEN, Optional.empty(), false, null);
    }

    @Test
    @DisplayName("a note is written as a draft at version 1, by its author")
    void written() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.DRAFT);
        assertThat(note.getCurrentVersion()).isEqualTo(1);
        assertThat(note.getAuthorUsername()).isEqualTo(AUTHOR);
        assertThat(note.getWrittenAt()).isEqualTo(WRITTEN);
        assertThat(note.isLate()).isFalse();
    }

    @Test
    @DisplayName("002 s.5: a note is judged on when it was first recorded; a corrected event date judges it again "
            + "and it keeps the rule and rule data it was judged by")
    void judgedOnFirstRecording() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        Judgement late = new Judgement("case-note-recording", "rules-1", LocalDate.of(2026, 2, 4), null, true, 19);
        note.revise(AUTHOR, NoteType.CASE_NOTE, LocalDate.of(2026, 2, 1), LocalTime.NOON, Optional.of(late), false);
        assertThat(note.isLate()).isTrue();
        assertThat(note.getWorkingDaysLate()).isEqualTo(19);
        assertThat(note.getRulesVersion()).isEqualTo("rules-1");
        assertThat(note.getCurrentVersion()).isEqualTo(2);
        Judgement onTime = new Judgement("case-note-recording", "rules-1", LocalDate.of(2026, 3, 4), null, false,
                null);
        note.revise(AUTHOR, NoteType.CASE_NOTE, LocalDate.of(2026, 3, 1), LocalTime.NOON, Optional.of(onTime), false);
        assertThat(note.isLate()).isFalse();
        assertThat(note.getRecordingDueDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(note.getEventDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(note.getWrittenAt()).isEqualTo(WRITTEN);
    }

    @Test
    @DisplayName("003 s.5b: a draft statutory visit may become a visit (the child was not seen after all); no other "
            + "type changes")
    void onlyAVisitsKindChanges() {
        CaseNote visit = draft(NoteType.STATUTORY_VISIT);
        visit.revise(AUTHOR, NoteType.VISIT, LocalDate.of(2026, 3, 1), LocalTime.NOON, Optional.empty(), false);
        assertThat(visit.getNoteType()).isEqualTo(NoteType.VISIT);
        CaseNote note = draft(NoteType.CASE_NOTE);
        assertThatThrownBy(() -> note.revise(AUTHOR, NoteType.SUPERVISION, LocalDate.of(2026, 3, 1), LocalTime.NOON,
                Optional.empty(), false)).isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        assertThat(note.getNoteType()).isEqualTo(NoteType.CASE_NOTE);
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\": an amendment corrects only a final entry, is final at once and names "
            + "it; the entry is unchanged")
    void amendmentOfAFinalEntry() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        Person teamManager = new Person("north.tm", "Jo Example", "Team Manager", "north");
        assertThatThrownBy(() -> CaseNote.amend(note, teamManager, LATER, LocalDate.of(2026, 3, 4), LocalTime.NOON))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        note.finalise(AUTHOR, WRITTEN);
        CaseNote amendment = CaseNote.amend(note, teamManager, LATER, LocalDate.of(2026, 3, 4), LocalTime.NOON);
        assertThat(amendment.getNoteType()).isEqualTo(NoteType.AMENDMENT);
        assertThat(amendment.getStatus()).isEqualTo(NoteStatus.FINAL);
        assertThat(amendment.isManagementEntry()).isTrue();
        assertThat(amendment.getCorrectsNoteId()).isEqualTo(note.getId());
        assertThat(amendment.getChildId()).isEqualTo(note.getChildId());
        assertThat(note.getCurrentVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("002 s.5: a dispute is recorded against an entry on the record, never against a draft, and starts as "
            + "a draft of its own")
    void disputeOfAnEntry() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        Person worker = new Person(AUTHOR, "Sam Example", "Social Worker", "north");
        assertThatThrownBy(() -> CaseNote.dispute(note, LocalDate.of(2026, 3, 4), LocalTime.NOON, worker, LATER,
                Optional.empty())).isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        note.submit(AUTHOR, WRITTEN);
        CaseNote dispute = CaseNote.dispute(note, LocalDate.of(2026, 3, 4), LocalTime.NOON, worker, LATER,
                Optional.empty());
        assertThat(dispute.getNoteType()).isEqualTo(NoteType.DISPUTE);
        assertThat(dispute.getStatus()).isEqualTo(NoteStatus.DRAFT);
        assertThat(dispute.getCorrectsNoteId()).isEqualTo(note.getId());
        assertThat(dispute.isManagementEntry()).isFalse();
    }

    @Test
    @DisplayName("004: a submitted note cannot be edited, and its author cannot decide it")
    void submittedIsTheManagers() {
        CaseNote note = draft(NoteType.STATUTORY_VISIT);
        note.submit(AUTHOR, LATER);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.SUBMITTED);
        assertThat(note.getSubmittedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> note.revise(AUTHOR, NoteType.STATUTORY_VISIT, LocalDate.of(2026, 3, 1),
                LocalTime.NOON, Optional.empty(), false))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        assertThatThrownBy(() -> note.approve(AUTHOR, LATER))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.SUBMITTED);
        assertThat(note.getCurrentVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("004: a statutory visit note is never finalised by its author alone")
    void statutoryVisitNeedsOversight() {
        CaseNote note = draft(NoteType.STATUTORY_VISIT);
        assertThat(note.refusalToFinalise(AUTHOR)).isPresent();
        assertThatThrownBy(() -> note.finalise(AUTHOR, LATER))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class)
                .extracting(e -> ((NoteLifecycle.IllegalNoteTransition) e).refusal().notPermitted()).isEqualTo(false);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    @DisplayName("a returned note is a draft again at a new version carrying what was submitted and the comments")
    void returnedForChanges() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        CaseNoteVersion submitted = CaseNoteVersion.saved(note, "Home visit", "Saw Leo at home.",
                new ChildsVoice("I like football", null), NoteSections.builder().build(), AUTHOR, WRITTEN);
        note.submit(AUTHOR, LATER);
        note.returnForChanges(MANAGER);
        CaseNoteVersion draft = CaseNoteVersion.returned(note, submitted, "Say who else was there", MANAGER, LATER);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.DRAFT);
        assertThat(note.getSubmittedAt()).isNull();
        assertThat(draft.getId()).isEqualTo(new CaseNoteVersion.Key(note.getId(), 2));
        assertThat(draft.getChildId()).isEqualTo(note.getChildId());
        assertThat(draft.getTitle()).isEqualTo("Home visit");
        assertThat(draft.getChildsVoice()).isEqualTo(new ChildsVoice("I like football", null));
        assertThat(draft.getReturnComments()).isEqualTo("Say who else was there");
        assertThat(draft.getSavedBy()).isEqualTo(MANAGER);
    }

    @Test
    @DisplayName("a final note is final: no manager's decision applies to it again")
    void approvedIsFinal() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        note.submit(AUTHOR, WRITTEN);
        note.approve(MANAGER, LATER);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.FINAL);
        assertThat(note.getFinalisedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> note.returnForChanges(MANAGER))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        assertThat(note.getCurrentVersion()).isEqualTo(1);
    }
}
