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
    @DisplayName("004 failed visits and 002 s.6: a visit that did not see the child opens the retry; a visit to the "
            + "mother of an unborn child does not")
    void unbornChildVisitIsNoFailedVisit() {
        EventMatch opens = base.rule("failed-visit-retry").tracking().orElseThrow().opensOn().get(0);
        String type = "casework.case-notes.visit-recorded";
        assertThat(opens.matches(type, java.util.Map.of("childSeen", false, "unborn", false)::get)).isTrue();
        assertThat(opens.matches(type, java.util.Map.of("childSeen", false, "unborn", true)::get)).isFalse();
        assertThat(opens.matches(type, java.util.Map.of("childSeen", true, "unborn", false)::get)).isFalse();
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
    @DisplayName("004 \"Failed visits\": each step escalated opens its own manager's deadline for a case management "
            + "decision, met by a MANAGEMENT_DECISION note, cancelled when the failed access ends or the case closes; "
            + "the ten-day and two-week points stay reference data")
    void failedAccessEscalationsTracked() {
        String escalated = "casework.visits.failed-access-escalated";
        String submitted = "casework.case-notes.case-note-submitted";
        Map<String, DeadlineRole> steps = Map.of(
                "failed-visit-escalation-practice-manager", DeadlineRole.PRACTICE_MANAGER,
                "failed-access-team-manager-alert", DeadlineRole.TEAM_MANAGER,
                "failed-access-senior-manager-alert", DeadlineRole.SENIOR_MANAGER);
        steps.forEach((id, role) -> {
            Tracking tracking = base.rule(id).tracking().orElseThrow();
            assertThat(tracking.owner()).as(id).isEqualTo(role);
            for (DeadlineRole step : steps.values()) {
                Map<String, Object> escalation = Map.of("escalateTo", step.name());
                assertThat(tracking.opensOn().stream().anyMatch(e -> e.matches(escalated, escalation::get)))
                        .as(id + " opened by the step to " + step).isEqualTo(step == role);
            }
            assertThat(tracking.metBy()).as(id).anySatisfy(e -> assertThat(e.matches(submitted,
                    Map.<String, Object>of("noteType", "MANAGEMENT_DECISION")::get)).isTrue());
            assertThat(tracking.metBy()).as(id).noneSatisfy(e -> assertThat(e.matches(submitted,
                    Map.<String, Object>of("noteType", "VISIT")::get)).isTrue());
            assertThat(tracking.cancelledBy()).extracting(EventMatch::eventType).as(id).containsExactlyInAnyOrder(
                    "casework.visits.failed-access-ended", "casework.case-notes.case-closed");
            assertThat(tracking.escalateTo()).as(id).isEmpty();
            assertThat(base.rule(id).reading()).as(id).get().asString().contains("case management decision");
        });
        assertThat(base.rule("failed-visit-retry").tracked()).isTrue();
        assertThat(base.rule("failed-access-ten-days").tracked()).isFalse();
        assertThat(base.rule("failed-access-two-weeks").tracked()).isFalse();
    }

    @Test
    @DisplayName("004 \"Failed visits\": a step escalated on Thursday 24 December 2026 is due by Tuesday 29 December, "
            + "Christmas Day and the substitute Boxing Day (Monday 28) not counting, whichever step it is")
    void failedAccessOverChristmas2026() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        LocalDate due = LocalDate.of(2026, 12, 29);
        // The practice manager's step runs from the second failed visit itself.
        assertThat(due("failed-visit-escalation-practice-manager", christmasEve)).isEqualTo(due);
        // Failed since Monday 14 December: ten days on Thursday 24. Since Thursday 10: two weeks on Thursday 24.
        assertThat(due("failed-access-team-manager-alert", LocalDate.of(2026, 12, 14))).isEqualTo(due);
        assertThat(due("failed-access-senior-manager-alert", LocalDate.of(2026, 12, 10))).isEqualTo(due);
        assertThat(base.rule("failed-access-team-manager-alert").dueDate(christmasEve, calendar)).isEqualTo(due);
    }

    @Test
    @DisplayName("004 \"Care Leavers\": KIT visits are planned by visits-service and tracked as statutory visits, so "
            + "this rule is reference data and no second deadline is opened for the same KIT")
    void kitVisitPlannedByVisitsService() {
        TimescaleRule kit = base.rule("care-leaver-kit-visit");
        assertThat(kit.tracked()).isFalse();
        assertThat(kit.untrackedBecause()).get().asString().contains("visits-service", "visit-scheduled");
    }
}
