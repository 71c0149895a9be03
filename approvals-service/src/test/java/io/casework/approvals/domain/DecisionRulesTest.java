package io.casework.approvals.domain;

import io.casework.contracts.NoteOversight;
import io.casework.contracts.NoteType;
import io.casework.contracts.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRulesTest {

    @Test
    @DisplayName("DOMAIN rule 20: \"each decision records who, when, the outcome and the reasons\" - "
            + "a return without reasons cannot be recorded")
    void returnNeedsReasons() {
        assertThat(DecisionRules.problem(Outcome.RETURNED, null)).contains(DecisionRules.REASONS_REQUIRED);
        assertThat(DecisionRules.problem(Outcome.RETURNED, "   ")).contains(DecisionRules.REASONS_REQUIRED);
        assertThat(DecisionRules.problem(Outcome.RETURNED, "Add the child's views in their own words")).isEmpty();
    }

    @Test
    @DisplayName("DOMAIN rule 20: an approval may be recorded with or without comments")
    void approvalMayStandAlone() {
        assertThat(DecisionRules.problem(Outcome.APPROVED, null)).isEmpty();
        assertThat(DecisionRules.problem(Outcome.APPROVED, "Good analysis")).isEmpty();
    }

    @Test
    @DisplayName("002 s.5, DOMAIN rule 20: a kind that must give its reasons (removing inaccurate information) needs "
            + "them whether approved or returned")
    void someKindsAlwaysNeedReasons() {
        assertThat(DecisionRules.problem(Outcome.APPROVED, " ", true)).contains(DecisionRules.REASONS_ALWAYS_REQUIRED);
        assertThat(DecisionRules.problem(Outcome.RETURNED, null, true)).contains(DecisionRules.REASONS_ALWAYS_REQUIRED);
        assertThat(DecisionRules.problem(Outcome.APPROVED, "The criteria are met: a third party's health, recorded "
                + "here by mistake.", true)).isEmpty();
        assertThat(DecisionRules.problem(Outcome.APPROVED, null, false)).isEmpty();
        assertThat(DecisionRules.problem(Outcome.RETURNED, null, false)).contains(DecisionRules.REASONS_REQUIRED);
    }

    @Test
    @DisplayName("a decided request is final: approved and returned are decided states, pending is not")
    void decidedStates() {
        assertThat(RequestState.after(Outcome.APPROVED).decided()).isTrue();
        assertThat(RequestState.after(Outcome.RETURNED)).isEqualTo(RequestState.RETURNED);
        assertThat(RequestState.PENDING.decided()).isFalse();
    }

    @Test
    @DisplayName("004 statutory visits: a statutory visit note asks for statutory visit oversight, other notes for "
            + "case note oversight")
    void kindByNoteType() {
        assertThat(NoteOversight.forNoteType(NoteType.STATUTORY_VISIT))
                .isEqualTo(NoteOversight.STATUTORY_VISIT_OVERSIGHT);
        assertThat(NoteOversight.forNoteType(NoteType.CASE_NOTE)).isEqualTo(NoteOversight.CASE_NOTE_OVERSIGHT);
        assertThat(NoteOversight.forNoteType(NoteType.VISIT)).isEqualTo(NoteOversight.CASE_NOTE_OVERSIGHT);
    }
}
