package io.casework.casenotes.domain;

import io.casework.contracts.NoteContentField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.casework.contracts.NoteContentField.CHILDS_WORDS;
import static io.casework.contracts.NoteContentField.NARRATIVE;
import static io.casework.contracts.NoteContentField.PARENTS_AND_CARERS;
import static io.casework.contracts.NoteContentField.STATEMENTS;
import static io.casework.contracts.NoteContentField.TITLE;
import static io.casework.contracts.NoteContentField.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

class InformationRemovalRulesTest {

    private static final Set<NoteContentField> HOLDING = EnumSet.of(TITLE, NARRATIVE, CHILDS_WORDS);

    @Nested
    @DisplayName("002 s.5: only a finalised record is changed this way, and only where the criteria are met")
    class WhichNotes {

        @Test
        @DisplayName("a final note's version may be asked about")
        void finalNote() {
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 2, 1, List.of(NARRATIVE), HOLDING,
                    Set.of())).isEmpty();
        }

        @Test
        @DisplayName("a draft or submitted note is refused: its author or a returning manager corrects it")
        void notFinal() {
            for (NoteStatus status : List.of(NoteStatus.DRAFT, NoteStatus.SUBMITTED)) {
                assertThat(InformationRemovalRules.refusal(status, 1, 1, List.of(NARRATIVE), HOLDING, Set.of()))
                        .get().extracting(InformationRemovalRules.Refusal::reason)
                        .isEqualTo(InformationRemovalRules.Reason.NOT_FINAL);
            }
        }
    }

    @Nested
    @DisplayName("001 Case Record Integrity: a removal names exactly what it removes")
    class WhatItNames {

        @Test
        @DisplayName("a version the note does not have is refused, naming version")
        void noSuchVersion() {
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 2, 3, List.of(NARRATIVE), HOLDING,
                    Set.of())).get().satisfies(refusal -> {
                        assertThat(refusal.reason()).isEqualTo(InformationRemovalRules.Reason.DOES_NOT_FIT);
                        assertThat(refusal.field()).isEqualTo("version");
                    });
        }

        @Test
        @DisplayName("a part named twice is refused")
        void namedTwice() {
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 1, 1, List.of(NARRATIVE, NARRATIVE),
                    HOLDING, Set.of())).get().extracting(InformationRemovalRules.Refusal::field).isEqualTo("fields");
        }

        @Test
        @DisplayName("a part that holds nothing (no visit section on this note) is refused, saying which")
        void nothingThere() {
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 1, 1, List.of(NARRATIVE, VISIT), HOLDING,
                    Set.of())).get().satisfies(refusal -> {
                        assertThat(refusal.reason()).isEqualTo(InformationRemovalRules.Reason.DOES_NOT_FIT);
                        assertThat(refusal.detail()).contains("the visit section").doesNotContain("the narrative");
                    });
        }

        @Test
        @DisplayName("a section at a time: another section of the version another request asks for a section of "
                + "may be asked for; that section may not")
        void sectionBySection() {
            Set<NoteContentField> holding = EnumSet.of(NARRATIVE, STATEMENTS, PARENTS_AND_CARERS);
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 1, 1, List.of(PARENTS_AND_CARERS), holding,
                    Set.of(STATEMENTS))).isEmpty();
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 1, 1, List.of(STATEMENTS), holding,
                    Set.of(STATEMENTS))).get().satisfies(refusal -> {
                        assertThat(refusal.reason()).isEqualTo(InformationRemovalRules.Reason.ALREADY_REQUESTED);
                        assertThat(refusal.detail()).contains("the statements");
                    });
        }

        @Test
        @DisplayName("a part another request already asks for, or removed, is refused")
        void alreadyRequested() {
            assertThat(InformationRemovalRules.refusal(NoteStatus.FINAL, 1, 1, List.of(TITLE, NARRATIVE), HOLDING,
                    Set.of(NARRATIVE))).get().satisfies(refusal -> {
                        assertThat(refusal.reason()).isEqualTo(InformationRemovalRules.Reason.ALREADY_REQUESTED);
                        assertThat(refusal.detail()).contains("the narrative");
                    });
        }
    }
}
