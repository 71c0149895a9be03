package io.casework.casenotes.service;

import io.casework.casenotes.domain.NoteType;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LateEntriesTest {

    private static LateEntries forAuthority(String authority) {
        LateEntries late = new LateEntries();
        late.ruleSet = RuleSetRegistry.standard().ruleSet(authority);
        late.calendar = WorkingDayCalendar.englandAndWales();
        return late;
    }

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    @DisplayName("001 Timely / 002 s.5: a Rochdale case note written after 3 working days is marked late")
    void rochdaleThreeWorkingDays() {
        LateEntries rochdale = forAuthority("rochdale");
        assertThat(rochdale.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(rochdale.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 6))).isTrue();
    }

    @Test
    @DisplayName("002 s.5: Hertfordshire allows 10 working days before an entry is late")
    void hertfordshireTenWorkingDays() {
        LateEntries hertfordshire = forAuthority("hertfordshire");
        assertThat(hertfordshire.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 16))).isFalse();
        assertThat(hertfordshire.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 17))).isTrue();
    }

    @Test
    @DisplayName("003 s.4: Trafford case notes are late after 3 working days")
    void traffordThreeWorkingDays() {
        LateEntries trafford = forAuthority("trafford");
        assertThat(trafford.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(trafford.isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2026, 11, 6))).isTrue();
    }

    @Test
    @DisplayName("A visit is judged by the most specific rule its authority has: statutory visit, then visit, then case note")
    void mostSpecificRuleFirst() {
        assertThat(LateEntries.ruleIds(NoteType.STATUTORY_VISIT))
                .containsExactly("statutory-visit-recording", "visit-recording", "case-note-recording");
        // Hertfordshire (002) has only its 10-working-day case-note rule: a visit falls back to it.
        LateEntries hertfordshire = forAuthority("hertfordshire");
        assertThat(hertfordshire.isLate(NoteType.STATUTORY_VISIT, MONDAY, LocalDate.of(2026, 11, 16))).isFalse();
        assertThat(hertfordshire.isLate(NoteType.STATUTORY_VISIT, MONDAY, LocalDate.of(2026, 11, 17))).isTrue();
    }

    @Test
    @DisplayName("004 sets no case-note timescale: under the LCS base rules nothing is marked late by guesswork")
    void noRuleNoLateMark() {
        assertThat(forAuthority("lcs-practice-guide").isLate(NoteType.CASE_NOTE, MONDAY, LocalDate.of(2027, 1, 1)))
                .isFalse();
    }
}
