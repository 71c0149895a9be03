package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNoteTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-04T16:00:00Z");
    private static final String AUTHOR = "north.sw1";
    private static final String MANAGER = "north.pm";

    private static CaseNote draft(NoteType type) {
        return CaseNote.write(UUID.randomUUID(), type, LocalDate.of(2026, 3, 1),
                new Person(AUTHOR, "Sam Example", "Social Worker", "north"), WRITTEN, false);
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
    @DisplayName("002 s.5: once late, a note stays late, whatever a later save says")
    void lateStaysLate() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        note.revise(AUTHOR, LocalDate.of(2026, 2, 1), true);
        assertThat(note.isLate()).isTrue();
        assertThat(note.getCurrentVersion()).isEqualTo(2);
        note.revise(AUTHOR, LocalDate.of(2026, 3, 1), false);
        assertThat(note.isLate()).isTrue();
        assertThat(note.getEventDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("004: a submitted note cannot be edited, and its author cannot decide it")
    void submittedIsTheManagers() {
        CaseNote note = draft(NoteType.STATUTORY_VISIT);
        note.submit(AUTHOR, LATER, false);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.SUBMITTED);
        assertThat(note.getSubmittedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> note.revise(AUTHOR, LocalDate.of(2026, 3, 1), false))
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
        assertThatThrownBy(() -> note.finalise(AUTHOR, LATER, false))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class)
                .extracting(e -> ((NoteLifecycle.IllegalNoteTransition) e).refusal().notPermitted()).isEqualTo(false);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    @DisplayName("a returned note is a draft again at a new version carrying what was submitted and the comments")
    void returnedForChanges() {
        CaseNote note = draft(NoteType.CASE_NOTE);
        CaseNoteVersion submitted = CaseNoteVersion.saved(note, "Home visit", "Saw Leo at home.",
                new ChildsVoice("I like football", null), null, AUTHOR, WRITTEN);
        note.submit(AUTHOR, LATER, false);
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
        note.submit(AUTHOR, WRITTEN, false);
        note.approve(MANAGER, LATER);
        assertThat(note.getStatus()).isEqualTo(NoteStatus.FINAL);
        assertThat(note.getFinalisedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> note.returnForChanges(MANAGER))
                .isInstanceOf(NoteLifecycle.IllegalNoteTransition.class);
        assertThat(note.getCurrentVersion()).isEqualTo(1);
    }
}
