package io.casework.deadlines.domain;

import io.casework.contracts.NoteType;
import io.casework.timescales.Authorities;
import io.casework.timescales.RuleSet;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryVisitOversightTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final RuleSet lcs = RuleSetRegistry.standard().ruleSet(Authorities.LCS_PRACTICE_GUIDE);

    @Test
    @DisplayName("004 statutory visits: management oversight due within 5 working days of submission")
    void fiveWorkingDays() {
        // Submitted Monday 2 March 2026: Tuesday to Friday, then Monday 9 March is the fifth working day.
        assertThat(StatutoryVisitOversight.dueDate(lcs, LocalDate.of(2026, 3, 2), calendar))
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    @DisplayName("004 statutory visits: oversight over Easter counts neither Good Friday nor Easter Monday")
    void overEaster() {
        // Submitted Thursday 2 April 2026; 3 and 6 April are bank holidays: 7, 8, 9, 10 and 13 April.
        assertThat(StatutoryVisitOversight.dueDate(lcs, LocalDate.of(2026, 4, 2), calendar))
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    @DisplayName("004 statutory visits: a note submitted at the weekend counts from the next working day")
    void submittedOnSaturday() {
        assertThat(StatutoryVisitOversight.dueDate(lcs, LocalDate.of(2026, 3, 7), calendar))
                .isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    @DisplayName("004 statutory visits: only statutory visit notes wait for practice manager oversight")
    void onlyStatutoryVisitNotes() {
        assertThat(StatutoryVisitOversight.appliesTo(NoteType.STATUTORY_VISIT)).isTrue();
        assertThat(StatutoryVisitOversight.appliesTo(NoteType.VISIT)).isFalse();
        assertThat(StatutoryVisitOversight.appliesTo(NoteType.CASE_NOTE)).isFalse();
        assertThat(StatutoryVisitOversight.appliesTo(NoteType.SUPERVISION)).isFalse();
    }

    @Test
    @DisplayName("the oversight timescale is the rule set's data: an authority allowing 3 working days gets 3")
    void amountComesFromTheRuleSet() {
        RuleSet stricter = RuleSetRegistry.fromJson(Map.of("stricter.json", """
                {
                  "authority": "stricter",
                  "title": "An authority with a shorter oversight timescale",
                  "document": "004",
                  "rules": [{
                    "id": "statutory-visit-oversight",
                    "what": "Practice manager oversight of a statutory visit note",
                    "trigger": "statutory visit note submitted",
                    "timescale": { "amount": 3, "unit": "WORKING_DAYS" },
                    "source": { "document": "004", "section": "Recording Statutory Visits", "quote": "within 3 working days" }
                  }]
                }""")).ruleSet("stricter");
        assertThat(StatutoryVisitOversight.dueDate(stricter, LocalDate.of(2026, 3, 2), calendar))
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }
}
