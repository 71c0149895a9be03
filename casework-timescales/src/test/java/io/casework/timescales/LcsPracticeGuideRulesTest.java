package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The base rules from the LCS practice guide (seed 004), evaluated on real dates. */
class LcsPracticeGuideRulesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final RuleSet base = RuleSetRegistry.standard().ruleSet(Authorities.LCS_PRACTICE_GUIDE);

    private LocalDate due(String ruleId, LocalDate trigger) {
        return base.dueDate(ruleId, trigger, calendar);
    }

    @Test
    @DisplayName("004 statutory visits: oversight due 5 working days after submission, Easter 2026 skipped")
    void statutoryVisitOversight() {
        // Submitted Thursday 2 April 2026; Good Friday and Easter Monday do not count.
        assertThat(due("statutory-visit-oversight", LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(base.rule("statutory-visit-oversight").isLate(
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 14), calendar)).isTrue();
        assertThat(base.rule("statutory-visit-oversight").isLate(
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 13), calendar)).isFalse();
    }

    @Test
    @DisplayName("004 failed visits: retry within 3 working days, over the summer bank holiday 2026")
    void failedVisitRetry() {
        assertThat(due("failed-visit-retry", LocalDate.of(2026, 8, 28))).isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    @DisplayName("004 failed visits: second failure to the practice manager within 1 working day, Christmas 2027")
    void failedVisitEscalation() {
        assertThat(due("failed-visit-escalation-practice-manager", LocalDate.of(2027, 12, 24)))
                .isEqualTo(LocalDate.of(2027, 12, 29));
    }

    @Test
    @DisplayName("004 failed visits: failed access over ten days to the team manager within 1 working day")
    void failedAccessTeamManager() {
        // First failed visit Monday 2 March 2026: ten days is Thursday 12 March, alert by Friday 13.
        LocalDate firstFailedVisit = LocalDate.of(2026, 3, 2);
        assertThat(due("failed-access-ten-days", firstFailedVisit)).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(due("failed-access-team-manager-alert", firstFailedVisit)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    @DisplayName("004 failed visits: failed access over two weeks to a senior manager within 1 working day")
    void failedAccessSeniorManager() {
        // Two weeks from Monday 2 March 2026 is Monday 16 March; alert by Tuesday 17.
        LocalDate firstFailedVisit = LocalDate.of(2026, 3, 2);
        assertThat(due("failed-access-two-weeks", firstFailedVisit)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(due("failed-access-senior-manager-alert", firstFailedVisit)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(base.rule("failed-access-senior-manager-alert").follows()).contains("failed-access-two-weeks");
    }

    @Test
    @DisplayName("004 strategy discussions: within 24 clock hours of the referral, not paused by Good Friday")
    void strategyDiscussion() {
        LocalDateTime referral = LocalDateTime.of(2026, 4, 3, 16, 30);
        assertThat(base.dueTime("strategy-discussion", referral, calendar))
                .isEqualTo(LocalDateTime.of(2026, 4, 4, 16, 30));
        assertThat(base.rule("strategy-discussion").isLate(referral, LocalDateTime.of(2026, 4, 4, 16, 31), calendar))
                .isTrue();
    }

    @Test
    @DisplayName("004 C&F: 10 working days set at referral, supervisor alert after 5, resets to 30 or 45 working days")
    void cfPriorities() {
        // Started Tuesday 5 May 2026, the day after the early May bank holiday; 25 May is the spring bank holiday.
        LocalDate start = LocalDate.of(2026, 5, 5);
        assertThat(due("cf-priority-supervisor-alert", start)).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(due("cf-assessment-priority-10", start)).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(due("cf-assessment-priority-30", start)).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(due("cf-assessment-priority-45", start)).isEqualTo(LocalDate.of(2026, 7, 8));
    }

    @Test
    @DisplayName("004 case summaries: every 3 calendar months, and it comes round again")
    void caseSummaryEveryThreeMonths() {
        assertThat(due("case-summary-update", LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(base.rule("case-summary-update").recurring()).isTrue();
    }

    @Test
    @DisplayName("004 case summaries: 5 working days after the first CIN meeting, over Christmas and New Year 2026-27")
    void caseSummaryAfterFirstMeetings() {
        LocalDate firstMeeting = LocalDate.of(2026, 12, 23);
        LocalDate expected = LocalDate.of(2027, 1, 4);
        assertThat(due("case-summary-after-first-cin-meeting", firstMeeting)).isEqualTo(expected);
        assertThat(due("case-summary-after-first-core-group", firstMeeting)).isEqualTo(expected);
        assertThat(due("case-summary-after-first-cla-review", firstMeeting)).isEqualTo(expected);
    }

    @Test
    @DisplayName("004 care leavers: KIT visit every 2 months")
    void kitVisit() {
        assertThat(due("care-leaver-kit-visit", LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(base.rule("care-leaver-kit-visit").recurring()).isTrue();
    }

    @Test
    @DisplayName("004 chronology: at least monthly in the base")
    void chronologyMonthly() {
        assertThat(base.rule("chronology-update").timescale()).isEqualTo(new Timescale(1, TimescaleUnit.MONTHS));
    }

    @Test
    @DisplayName("004 sets no general case-note timescale: that is each authority's own rule")
    void noCaseNoteTimescaleInBase() {
        assertThat(base.findRule("case-note-recording")).isEmpty();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the due date opens when a C&F starts, moves with "
            + "its priority and is met by its decision")
    void cfTracked() {
        String started = "casework.case-notes.pathway-step-started";
        String changed = "casework.case-notes.pathway-step-priority-changed";
        Tracking ten = base.rule("cf-assessment-priority-10").tracking().orElseThrow();
        Tracking thirty = base.rule("cf-assessment-priority-30").tracking().orElseThrow();
        Map<String, Object> cfStarted = Map.of("kind", "CF_ASSESSMENT", "priorityWorkingDays", 10);
        Map<String, Object> resetTo30 = Map.of("kind", "CF_ASSESSMENT", "priorityWorkingDays", 30);
        Map<String, Object> s47 = Map.of("kind", "S47_ENQUIRY");
        assertThat(ten.opensOn()).anySatisfy(e -> assertThat(e.matches(started, cfStarted::get)).isTrue());
        assertThat(ten.opensOn()).noneSatisfy(e -> assertThat(e.matches(started, s47::get)).isTrue());
        assertThat(ten.cancelledBy()).anySatisfy(e -> assertThat(e.matches(changed, resetTo30::get)).isTrue());
        assertThat(thirty.opensOn()).anySatisfy(e -> assertThat(e.matches(changed, resetTo30::get)).isTrue());
        assertThat(thirty.cancelledBy()).noneSatisfy(e -> assertThat(e.matches(changed, resetTo30::get)).isTrue());
        assertThat(ten.metBy()).extracting(EventMatch::eventType).containsExactly("casework.case-notes.pathway-step-decided");
        assertThat(ten.owner()).isEqualTo(DeadlineRole.ALLOCATED_WORKER);
        assertThat(base.rule("cf-priority-supervisor-alert").tracking().orElseThrow().owner())
                .isEqualTo(DeadlineRole.PRACTICE_MANAGER);
    }

    @Test
    @DisplayName("004 \"Recording Statutory Visits\": oversight opens on a statutory visit note only, and an approval or "
            + "the note finalised meets it, a return does not")
    void statutoryVisitOversightTracked() {
        Tracking oversight = base.rule("statutory-visit-oversight").tracking().orElseThrow();
        String submitted = "casework.case-notes.case-note-submitted";
        String recorded = "casework.case-notes.management-oversight-recorded";
        assertThat(oversight.opensOn().get(0).matches(submitted, Map.<String, Object>of("noteType", "STATUTORY_VISIT")::get))
                .isTrue();
        assertThat(oversight.opensOn().get(0).matches(submitted, Map.<String, Object>of("noteType", "VISIT")::get))
                .isFalse();
        assertThat(oversight.metBy()).anySatisfy(e -> assertThat(e.matches(recorded,
                Map.<String, Object>of("outcome", "APPROVED")::get)).isTrue());
        assertThat(oversight.metBy()).noneSatisfy(e -> assertThat(e.matches(recorded,
                Map.<String, Object>of("outcome", "RETURNED")::get)).isTrue());
        assertThat(oversight.owner()).isEqualTo(DeadlineRole.PRACTICE_MANAGER);
    }

    @Test
    @DisplayName("004 \"Failed visits\": the second failure and the failed access alerts stay reference data until "
            + "an event can count failed visits or record an alert")
    void failedAccessNotYetTracked() {
        assertThat(base.rule("failed-visit-retry").tracked()).isTrue();
        for (String id : new String[] {"failed-visit-escalation-practice-manager", "failed-access-ten-days",
                "failed-access-team-manager-alert", "failed-access-two-weeks", "failed-access-senior-manager-alert"}) {
            assertThat(base.rule(id).tracked()).as(id).isFalse();
        }
    }
}
