package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a court chronology shows of each significant event (003 s.6c, DOMAIN.md rule 5). */
class CourtChronologyRulesTest {

    private static final LocalDate PRODUCED = LocalDate.of(2026, 11, 26);

    @Nested
    @DisplayName("003 s.6c: \"a Court chronology should cover the last 2 years\"")
    class LastTwoYears {

        @Test
        @DisplayName("an event on the same day two years before is in full; the day before it, in brief")
        void twoYearsToTheDay() {
            assertThat(CourtChronologyRules.inFullFrom(PRODUCED)).isEqualTo(LocalDate.of(2024, 11, 26));
            assertThat(CourtChronologyRules.inFull(LocalDate.of(2024, 11, 26), PRODUCED)).isTrue();
            assertThat(CourtChronologyRules.inFull(LocalDate.of(2024, 11, 25), PRODUCED)).isFalse();
            assertThat(CourtChronologyRules.inFull(PRODUCED, PRODUCED)).isTrue();
        }

        @Test
        @DisplayName("produced on 29 February, the two years run from 28 February")
        void leapDay() {
            assertThat(CourtChronologyRules.inFullFrom(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
        }
    }

    @Nested
    @DisplayName("003 s.6c: earlier events \"brief and concise e.g. Date, Mrs X had child removed\"")
    class OneLine {

        @Test
        @DisplayName("the first sentence, on one line")
        void firstSentence() {
            assertThat(CourtChronologyRules.oneLine("Mrs X had child removed. The police attended and the "
                    + "children went to their grandmother.")).isEqualTo("Mrs X had child removed.");
            assertThat(CourtChronologyRules.oneLine("  Ms A's mother\nmoved into the family home  "))
                    .isEqualTo("Ms A's mother moved into the family home");
        }

        @Test
        @DisplayName("a title's full stop does not end the sentence")
        void titles() {
            assertThat(CourtChronologyRules.oneLine("Mr. B assaulted Ms A at home. X & Y were present."))
                    .isEqualTo("Mr. B assaulted Ms A at home.");
        }

        @Test
        @DisplayName("a long sentence is cut at a word, with an ellipsis, to 120 characters")
        void longSentence() {
            String line = CourtChronologyRules.oneLine("X and Y were placed on a Child Protection Plan under the "
                    + "category of Emotional Abuse after the conference heard from the school, the health visitor, "
                    + "the police and both parents");
            assertThat(line).hasSizeLessThanOrEqualTo(CourtChronologyRules.ONE_LINE).endsWith("…")
                    .startsWith("X and Y were placed on a Child Protection Plan");
            assertThat(line.substring(0, line.length() - 1)).doesNotEndWith(" ");
        }

        @Test
        @DisplayName("nothing recorded is an empty line, not an error")
        void nothing() {
            assertThat(CourtChronologyRules.oneLine(null)).isEmpty();
            assertThat(CourtChronologyRules.oneLine("  ")).isEmpty();
        }
    }

    @Nested
    @DisplayName("003 s.6c: no dates of calls, visits to the parents' home, office meetings or professional contacts")
    class Routine {

        @Test
        @DisplayName("calls and meetings with the family, routine visits and professional contacts are routine")
        void routineTypes() {
            assertThat(RoutineRecording.of(NoteType.CONTACT)).contains(RoutineRecording.CALL_OR_MEETING_WITH_FAMILY);
            assertThat(RoutineRecording.of(NoteType.VISIT)).contains(RoutineRecording.ROUTINE_VISIT);
            assertThat(RoutineRecording.of(NoteType.HOME_VISIT_NO_ACCESS)).contains(RoutineRecording.ROUTINE_VISIT);
            assertThat(RoutineRecording.of(NoteType.CARE_LEAVER_KIT)).contains(RoutineRecording.ROUTINE_VISIT);
            assertThat(RoutineRecording.of(NoteType.PROFESSIONAL_CONTACT))
                    .contains(RoutineRecording.PROFESSIONAL_CONTACT);
        }

        @ParameterizedTest
        @EnumSource(value = NoteType.class, names = {"STATUTORY_VISIT", "SIGNIFICANT_EVENT", "CASE_NOTE",
                "MANAGEMENT_DECISION", "INFORMATION_SHARING", "DIRECT_WORK", "CASE_SUMMARY"})
        @DisplayName("a statutory visit, a significant event note and the record's other entries are kept")
        void kept(NoteType type) {
            assertThat(RoutineRecording.of(type)).isEmpty();
        }

        @Test
        @DisplayName("each note type is routine for one reason at most, and every reason cites the seed")
        void oneReasonEach() {
            Set<NoteType> seen = EnumSet.noneOf(NoteType.class);
            for (RoutineRecording routine : RoutineRecording.values()) {
                assertThat(routine.reason()).startsWith("003 s.6c");
                routine.noteTypes().forEach(type -> assertThat(seen.add(type)).as(type.name()).isTrue());
            }
            assertThat(seen).hasSize(List.of(NoteType.CONTACT, NoteType.VISIT, NoteType.HOME_VISIT_NO_ACCESS,
                    NoteType.CARE_LEAVER_KIT, NoteType.PROFESSIONAL_CONTACT).size());
            assertThat(Arrays.stream(NoteType.values()).filter(t -> RoutineRecording.of(t).isPresent()))
                    .containsExactlyInAnyOrderElementsOf(seen);
        }
    }
}
