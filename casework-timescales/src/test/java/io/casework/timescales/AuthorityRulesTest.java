package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each authority's own rules (seeds 001, 002, 003), evaluated on real dates. */
class AuthorityRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
    /** Thursday 24 December 2026: Christmas Day and Boxing Day's substitute (Monday 28) follow. */
    private static final LocalDate CHRISTMAS_EVE_2026 = LocalDate.of(2026, 12, 24);

    private static LocalDate due(String authority, String ruleId, LocalDate trigger) {
        return REGISTRY.ruleSet(authority).dueDate(ruleId, trigger, CALENDAR);
    }

    @Nested
    @DisplayName("A case note's timescale differs by authority, as the seeds say")
    class CaseNotes {

        @Test
        @DisplayName("001 Rochdale: case notes within 3 working days (Timely principle)")
        void rochdale() {
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "case-note-recording").timescale())
                    .isEqualTo(Timescale.workingDays(3));
            assertThat(due(Authorities.ROCHDALE, "case-note-recording", CHRISTMAS_EVE_2026))
                    .isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        @DisplayName("003 Trafford: case notes within 3 working days (s.4); Early Help visits on EHM within 5 working days")
        void trafford() {
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "case-note-recording").timescale())
                    .isEqualTo(Timescale.workingDays(3));
            assertThat(due(Authorities.TRAFFORD, "case-note-recording", CHRISTMAS_EVE_2026))
                    .isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "early-help-visit-recording").timescale())
                    .isEqualTo(Timescale.workingDays(5));
            assertThat(due(Authorities.TRAFFORD, "early-help-visit-recording", CHRISTMAS_EVE_2026))
                    .isEqualTo(LocalDate.of(2027, 1, 5));
        }

        @Test
        @DisplayName("002 Hertfordshire: case recording within a maximum of 10 working days (s.5)")
        void hertfordshire() {
            assertThat(REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-note-recording").timescale())
                    .isEqualTo(Timescale.workingDays(10));
            assertThat(due(Authorities.HERTFORDSHIRE, "case-note-recording", CHRISTMAS_EVE_2026))
                    .isEqualTo(LocalDate.of(2027, 1, 12));
        }

        @Test
        @DisplayName("001, 002, 003: the same late entry is late in Rochdale and Trafford but not in Hertfordshire")
        void sameEntryDifferentVerdicts() {
            LocalDate event = LocalDate.of(2026, 3, 2);
            LocalDate written = LocalDate.of(2026, 3, 9);
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "case-note-recording").isLate(event, written, CALENDAR)).isTrue();
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "case-note-recording").isLate(event, written, CALENDAR)).isTrue();
            assertThat(REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-note-recording").isLate(event, written, CALENDAR)).isFalse();
        }
    }

    @Nested
    @DisplayName("001 Rochdale recording timescales table")
    class Rochdale {

        @Test
        @DisplayName("001 child protection: ICPC report 3 working days before the conference, over Easter 2026")
        void icpcReportBefore() {
            assertThat(due(Authorities.ROCHDALE, "icpc-report-before-conference", LocalDate.of(2026, 4, 7)))
                    .isEqualTo(LocalDate.of(2026, 3, 31));
        }

        @Test
        @DisplayName("001 child protection: conference record within 20 working days, core group minutes within 5")
        void conferenceRecords() {
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "icpc-conference-record").timescale())
                    .isEqualTo(Timescale.workingDays(20));
            assertThat(due(Authorities.ROCHDALE, "core-group-minutes", LocalDate.of(2026, 5, 20)))
                    .isEqualTo(LocalDate.of(2026, 5, 28));
        }

        @Test
        @DisplayName("001 C&F: '45 days of referral date' read as 45 working days, with the reading recorded")
        void cfMaximum() {
            TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, "cf-assessment-maximum");
            assertThat(rule.timescale()).isEqualTo(Timescale.workingDays(45));
            assertThat(rule.reading()).hasValueSatisfying(reading -> assertThat(reading).contains("WORKING_DAYS"));
        }

        @Test
        @DisplayName("001 chronology: every two months overrides the base's monthly update")
        void chronologyOverride() {
            TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, "chronology-update");
            assertThat(rule.timescale()).isEqualTo(new Timescale(2, TimescaleUnit.MONTHS));
            assertThat(rule.origin()).isEqualTo(Authorities.ROCHDALE);
            assertThat(rule.source().document()).isEqualTo("001");
        }

        @Test
        @DisplayName("001 pathway assessment by 16 1/4 years: a child born 15 May 2010 is due by 15 August 2026")
        void pathwayByAge() {
            assertThat(due(Authorities.ROCHDALE, "pathway-assessment-by-age", LocalDate.of(2010, 5, 15)))
                    .isEqualTo(LocalDate.of(2026, 8, 15));
        }

        @Test
        @DisplayName("001 risk alerts: reviewed by a head of service within six months, and six-monthly after")
        void riskAlertReview() {
            TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, "risk-alert-review");
            assertThat(rule.recurring()).isTrue();
            assertThat(due(Authorities.ROCHDALE, "risk-alert-review", LocalDate.of(2026, 8, 31)))
                    .isEqualTo(LocalDate.of(2027, 2, 28));
        }

        @Test
        @DisplayName("001 inherits the 004 base: statutory visit oversight is still 5 working days")
        void inheritsBase() {
            TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, "statutory-visit-oversight");
            assertThat(rule.timescale()).isEqualTo(Timescale.workingDays(5));
            assertThat(rule.origin()).isEqualTo(Authorities.LCS_PRACTICE_GUIDE);
        }
    }

    @Nested
    @DisplayName("003 Trafford Appendix A")
    class Trafford {

        @Test
        @DisplayName("003 child protection: ICPC report 1 working day before the conference (Rochdale says 3)")
        void icpcReportBefore() {
            assertThat(due(Authorities.TRAFFORD, "icpc-report-before-conference", LocalDate.of(2026, 4, 7)))
                    .isEqualTo(LocalDate.of(2026, 4, 2));
        }

        @Test
        @DisplayName("003 legal planning meeting record within 7 working days (Rochdale says 3)")
        void legalPlanningMeeting() {
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "legal-planning-meeting-record").timescale())
                    .isEqualTo(Timescale.workingDays(7));
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "legal-planning-meeting-record").timescale())
                    .isEqualTo(Timescale.workingDays(3));
        }

        @Test
        @DisplayName("003 pathway plan on or before 15 years 9 months: born 15 May 2010, due by 15 February 2026")
        void pathwayPlanByAge() {
            assertThat(due(Authorities.TRAFFORD, "pathway-plan-by-age", LocalDate.of(2010, 5, 15)))
                    .isEqualTo(LocalDate.of(2026, 2, 15));
        }

        @Test
        @DisplayName("003 SWET within 2 weeks of the decision to issue (calendar weeks)")
        void swet() {
            assertThat(due(Authorities.TRAFFORD, "swet-statement-care-plan", LocalDate.of(2026, 8, 24)))
                    .isEqualTo(LocalDate.of(2026, 9, 7));
        }

        @Test
        @DisplayName("003 case summaries at regular intervals of 3 months restate the base in Trafford's own words")
        void caseSummary() {
            TimescaleRule rule = REGISTRY.rule(Authorities.TRAFFORD, "case-summary-update");
            assertThat(rule.timescale()).isEqualTo(new Timescale(3, TimescaleUnit.MONTHS));
            assertThat(rule.source().document()).isEqualTo("003");
        }
    }

    @Nested
    @DisplayName("002 Hertfordshire")
    class Hertfordshire {

        @Test
        @DisplayName("002 case summaries every 6 weeks override the base's 3 months")
        void caseSummarySixWeeks() {
            TimescaleRule rule = REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-summary-update");
            assertThat(rule.timescale()).isEqualTo(new Timescale(6, TimescaleUnit.WEEKS));
            assertThat(rule.recurring()).isTrue();
            assertThat(due(Authorities.HERTFORDSHIRE, "case-summary-update", LocalDate.of(2026, 3, 2)))
                    .isEqualTo(LocalDate.of(2026, 4, 13));
        }

        @Test
        @DisplayName("002 s.6 case summaries are tracked: each case summary written meets the one due and opens the "
                + "next, the case closing cancels it")
        void caseSummaryTracked() {
            Tracking tracking = REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-summary-update").tracking().orElseThrow();
            String submitted = "casework.case-notes.case-note-submitted";
            Map<String, Object> summary = Map.of("noteType", "CASE_SUMMARY");
            assertThat(tracking.opensOn()).anySatisfy(e -> assertThat(e.matches(submitted, summary::get)).isTrue());
            assertThat(tracking.metBy()).anySatisfy(e -> assertThat(e.matches(submitted, summary::get)).isTrue());
            assertThat(tracking.cancelledBy()).extracting(EventMatch::eventType)
                    .containsExactly("casework.case-notes.case-closed");
            assertThat(REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-note-recording").tracked()).isFalse();
        }

        @Test
        @DisplayName("002 keeps the 004 rules it does not override: 5 working days after the first core group")
        void inheritsBase() {
            assertThat(due(Authorities.HERTFORDSHIRE, "case-summary-after-first-core-group", LocalDate.of(2026, 4, 2)))
                    .isEqualTo(LocalDate.of(2026, 4, 13));
        }
    }
}
