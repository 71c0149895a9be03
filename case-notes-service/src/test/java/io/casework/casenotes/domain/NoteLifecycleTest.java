package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteLifecycleTest {

    @Test
    @DisplayName("004: once submitted for oversight the author cannot edit the note")
    void submittedIsNotEditable() {
        assertThat(NoteLifecycle.canEdit(NoteStatus.DRAFT, "a", "a")).isEmpty();
        assertThat(NoteLifecycle.canEdit(NoteStatus.SUBMITTED, "a", "a")).get()
                .extracting(NoteLifecycle.Refusal::notPermitted).isEqualTo(false);
        assertThat(NoteLifecycle.canEdit(NoteStatus.DRAFT, "a", "b")).get()
                .extracting(NoteLifecycle.Refusal::notPermitted).isEqualTo(true);
    }

    @Test
    @DisplayName("001 Case Record Integrity / 002 s.5: a final note is never changed")
    void finalIsFinal() {
        assertThat(NoteLifecycle.canEdit(NoteStatus.FINAL, "a", "a")).isPresent();
        assertThat(NoteLifecycle.canSubmit(NoteStatus.FINAL, "a", "a")).isPresent();
        assertThat(NoteLifecycle.canDecide(NoteStatus.FINAL, "a", "m")).isPresent();
    }

    @Test
    @DisplayName("004: a statutory visit is final only after practice manager oversight")
    void statutoryVisitNeedsOversight() {
        assertThat(NoteLifecycle.canFinaliseByAuthor(NoteType.STATUTORY_VISIT, NoteStatus.DRAFT, "a", "a"))
                .isPresent();
        assertThat(NoteLifecycle.canFinaliseByAuthor(NoteType.CASE_NOTE, NoteStatus.DRAFT, "a", "a")).isEmpty();
    }

    @Test
    @DisplayName("Nobody decides oversight of their own note")
    void noSelfApproval() {
        assertThat(NoteLifecycle.canDecide(NoteStatus.SUBMITTED, "a", "a")).get()
                .extracting(NoteLifecycle.Refusal::notPermitted).isEqualTo(true);
        assertThat(NoteLifecycle.canDecide(NoteStatus.SUBMITTED, "a", "m")).isEmpty();
    }
}
