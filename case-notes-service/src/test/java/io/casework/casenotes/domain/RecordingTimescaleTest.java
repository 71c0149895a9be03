package io.casework.casenotes.domain;

import io.casework.casenotes.domain.RecordingTimescale.Authority;
import io.casework.casenotes.domain.RecordingTimescale.Judgement;
import io.casework.contracts.NoteType;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingTimescaleTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static Authority authority(String name) {
        RuleSetRegistry registry = RuleSetRegistry.standard();
        return new Authority(registry.ruleSet(name), registry.version(), CALENDAR, ENGLAND);
    }

    private static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ENGLAND).toInstant();
    }

    private static Optional<Judgement> judge(String authority, NoteType type, Instant recorded) {
        return RecordingTimescale.judge(authority(authority), type, MONDAY, LocalTime.of(10, 0), recorded);
    }

    @Nested
    @DisplayName("002 s.5: entries recorded after the timescale are marked late, with how many working days")
    class Late {

        @Test
        @DisplayName("001 Timely: a Rochdale case note recorded after 3 working days is late, by working days")
        void rochdaleThreeWorkingDays() {
            Judgement onTime = judge("rochdale", NoteType.CASE_NOTE, on(LocalDate.of(2026, 11, 5), 17)).orElseThrow();
            assertThat(onTime.late()).isFalse();
            assertThat(onTime.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(onTime.workingDaysLate()).isNull();
            Judgement late = judge("rochdale", NoteType.CASE_NOTE, on(LocalDate.of(2026, 11, 10), 9)).orElseThrow();
            assertThat(late.late()).isTrue();
            assertThat(late.workingDaysLate()).isEqualTo(3);
            assertThat(late.ruleId()).isEqualTo("case-note-recording");
            assertThat(late.rulesVersion()).isEqualTo(RuleSetRegistry.standard().version());
        }

        @Test
        @DisplayName("002 s.5: Hertfordshire allows 10 working days before an entry is late")
        void hertfordshireTenWorkingDays() {
            assertThat(judge("hertfordshire", NoteType.CASE_NOTE, on(LocalDate.of(2026, 11, 16), 12)).orElseThrow()
                    .late()).isFalse();
            assertThat(judge("hertfordshire", NoteType.CASE_NOTE, on(LocalDate.of(2026, 11, 17), 12)).orElseThrow()
                    .late()).isTrue();
        }

        @Test
        @DisplayName("A type is judged by the first of its rules the authority has: a Hertfordshire statutory visit "
                + "by its case-note rule, a Rochdale supervision by its own 5 working days")
        void firstRuleTheAuthorityHas() {
            assertThat(judge("hertfordshire", NoteType.STATUTORY_VISIT, on(MONDAY, 12)).orElseThrow().ruleId())
                    .isEqualTo("case-note-recording");
            assertThat(judge("rochdale", NoteType.SUPERVISION, on(MONDAY, 12)).orElseThrow().dueDate())
                    .isEqualTo(LocalDate.of(2026, 11, 9));
        }

        @Test
        @DisplayName("004 sets no case-note timescale: under the LCS base rules nothing is marked late by guesswork")
        void noRuleNoLateMark() {
            assertThat(judge("lcs-practice-guide", NoteType.CASE_NOTE, on(LocalDate.of(2027, 1, 1), 9))).isEmpty();
            assertThat(judge("rochdale", NoteType.CASE_SUMMARY, on(LocalDate.of(2027, 1, 1), 9))).isEmpty();
        }
    }

    @Test
    @DisplayName("A rule in hours counts from the event's date and time: 24 hours after 10:00 is 10:00 the next day")
    void hoursFromTheEventsTime() {
        RuleSetRegistry registry = RuleSetRegistry.fromJson(Map.of("hourly.json", """
                {
                  "authority": "hourly",
                  "title": "An authority that records decisions within 24 hours",
                  "document": "001",
                  "rules": [{
                    "id": "management-decision-recording",
                    "what": "Management decision case note",
                    "trigger": "decision made",
                    "timescale": { "amount": 24, "unit": "HOURS" },
                    "source": { "document": "001", "section": "Recording Timescales Table", "quote": "Within 24 hours" }
                  }]
                }"""));
        Authority hourly = new Authority(registry.ruleSet("hourly"), registry.version(), CALENDAR, ENGLAND);
        Judgement onTime = RecordingTimescale.judge(hourly, NoteType.MANAGEMENT_DECISION, MONDAY,
                LocalTime.of(10, 0), on(LocalDate.of(2026, 11, 3), 9)).orElseThrow();
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.dueAt()).isEqualTo(on(LocalDate.of(2026, 11, 3), 10));
        Judgement late = RecordingTimescale.judge(hourly, NoteType.MANAGEMENT_DECISION, MONDAY,
                LocalTime.of(10, 0), on(LocalDate.of(2026, 11, 3), 11)).orElseThrow();
        assertThat(late.late()).isTrue();
        assertThat(late.workingDaysLate()).isZero();
    }
}
