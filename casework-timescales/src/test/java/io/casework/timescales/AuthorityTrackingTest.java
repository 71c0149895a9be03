package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of each authority's own rules (seeds 001, 002, 003) are tracked from the suite's events, by which events,
 * and why the others are not: the data is read through the library's own API, and an event is matched against every
 * rule in force for the authority (its own and the 004 base's), so that a refinement is seen not to duplicate a base
 * rule.
 */
class AuthorityTrackingTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static final String STARTED = "casework.case-notes.pathway-step-started";
    private static final String HELD = "casework.case-notes.pathway-step-held";
    private static final String DECIDED = "casework.case-notes.pathway-step-decided";
    private static final String ENDED = "casework.case-notes.pathway-step-ended";
    private static final String SUBMITTED = "casework.case-notes.case-note-submitted";
    private static final String CASE_CLOSED = "casework.case-notes.case-closed";

    /** Thursday 2 April 2026: Good Friday and Easter Monday follow. */
    private static final LocalDate BEFORE_EASTER_2026 = LocalDate.of(2026, 4, 2);

    private static Map<String, Object> kind(String kind) {
        return Map.of("kind", kind);
    }

    /** The ids of the rules in force for the authority whose deadline such an event opens. */
    private static List<String> opens(String authority, String type, Map<String, Object> data) {
        return matching(authority, Tracking::opensOn, type, data);
    }

    private static List<String> meets(String authority, String type, Map<String, Object> data) {
        return matching(authority, Tracking::metBy, type, data);
    }

    private static List<String> cancels(String authority, String type, Map<String, Object> data) {
        return matching(authority, Tracking::cancelledBy, type, data);
    }

    private static List<String> matching(String authority, Function<Tracking, List<EventMatch>> events, String type,
                                         Map<String, Object> data) {
        return REGISTRY.ruleSet(authority).rules().stream()
                .filter(rule -> rule.tracking().map(events).orElse(List.of()).stream()
                        .anyMatch(event -> event.matches(type, data::get)))
                .map(TimescaleRule::id)
                .toList();
    }

    /** The ids of the rules the authority's own file defines (not the base's) that are tracked. */
    private static List<String> ownTracked(String authority) {
        return REGISTRY.ruleSet(authority).rules().stream()
                .filter(rule -> rule.origin().equals(authority) && rule.tracked())
                .map(TimescaleRule::id)
                .toList();
    }

    /** The authority's own untracked rules, each with the reason its data gives (blank when it gives none). */
    private static Map<String, String> ownUntracked(String authority) {
        Map<String, String> reasons = new LinkedHashMap<>();
        REGISTRY.ruleSet(authority).rules().stream()
                .filter(rule -> rule.origin().equals(authority) && !rule.tracked())
                .forEach(rule -> reasons.put(rule.id(), rule.untrackedBecause().orElse("")));
        return reasons;
    }

    /** A meeting's record: opened when the meeting of that kind is held, met by its decision, cancelled by its end. */
    private static void assertMeetingRecord(String authority, String ruleId, String stepKind, DeadlineRole owner) {
        Tracking tracking = REGISTRY.rule(authority, ruleId).tracking().orElseThrow();
        Map<String, List<String>> when = Map.of("kind", List.of(stepKind));
        assertThat(tracking.opensOn()).as(ruleId).containsExactly(new EventMatch(HELD, when));
        assertThat(tracking.metBy()).as(ruleId).containsExactly(new EventMatch(DECIDED, when));
        assertThat(tracking.cancelledBy()).as(ruleId).containsExactly(new EventMatch(ENDED, when));
        assertThat(tracking.owner()).as(ruleId).isEqualTo(owner);
        assertThat(tracking.escalateTo()).as(ruleId).isEmpty();
    }

    /** Contact or referral: opened when the step is recorded, met by the front door's decision on it. */
    private static void assertContactAndReferral(String authority) {
        Tracking tracking = REGISTRY.rule(authority, "contact-referral-recording").tracking().orElseThrow();
        Map<String, List<String>> when = Map.of("kind", List.of("CONTACT", "REFERRAL"));
        assertThat(tracking.opensOn()).containsExactly(new EventMatch(STARTED, when));
        assertThat(tracking.metBy()).containsExactly(new EventMatch(DECIDED, when));
        assertThat(tracking.cancelledBy()).containsExactly(new EventMatch(ENDED, when));
        assertThat(tracking.owner()).isEqualTo(DeadlineRole.PRACTICE_MANAGER);
        for (String stepKind : List.of("CONTACT", "REFERRAL")) {
            assertThat(opens(authority, STARTED, kind(stepKind))).as(stepKind)
                    .containsExactly("contact-referral-recording");
            assertThat(meets(authority, DECIDED, kind(stepKind))).as(stepKind)
                    .containsExactly("contact-referral-recording");
        }
        // The C&F the front door opens has the base's priority deadlines; the authority's 45-day maximum, which runs
        // from the referral, does not open a second 45-day deadline beside them.
        assertThat(opens(authority, STARTED, kind("CF_ASSESSMENT")))
                .containsExactlyInAnyOrder("cf-assessment-priority-10", "cf-priority-supervisor-alert");
        assertThat(REGISTRY.rule(authority, "cf-assessment-maximum").tracked()).isFalse();
    }

    /** The discussion held meets the base's deadline to hold it and opens the authority's to record it. */
    private static void assertStrategyDiscussion(String authority) {
        Map<String, Object> discussion = kind("STRATEGY_DISCUSSION");
        assertThat(opens(authority, STARTED, discussion)).containsExactly("strategy-discussion");
        assertThat(meets(authority, HELD, discussion)).containsExactly("strategy-discussion");
        assertThat(opens(authority, HELD, discussion)).containsExactly("strategy-discussion-record");
        assertThat(meets(authority, DECIDED, discussion)).containsExactly("strategy-discussion-record");
        assertThat(cancels(authority, ENDED, discussion))
                .containsExactlyInAnyOrder("strategy-discussion", "strategy-discussion-record");
    }

    @Nested
    @DisplayName("001 \"Recording Timescales Table\" (Rochdale)")
    class Rochdale {

        private static final String ROCHDALE = Authorities.ROCHDALE;

        @Test
        @DisplayName("001 \"Recording Timescales Table\": the contact and referral episode, the records of the strategy "
                + "discussion, of both conferences' decisions and of the legal planning meeting are tracked, beside "
                + "001 \"Risk Alerts\"")
        void tracked() {
            assertThat(ownTracked(ROCHDALE)).containsExactly("contact-referral-recording", "strategy-discussion-record",
                    "icpc-decisions-record", "rcpc-decisions-record", "legal-planning-meeting-record",
                    "risk-alert-review");
            assertMeetingRecord(ROCHDALE, "strategy-discussion-record", "STRATEGY_DISCUSSION",
                    DeadlineRole.ALLOCATED_WORKER);
            assertMeetingRecord(ROCHDALE, "icpc-decisions-record", "INITIAL_CHILD_PROTECTION_CONFERENCE",
                    DeadlineRole.IRO);
            assertMeetingRecord(ROCHDALE, "rcpc-decisions-record", "REVIEW_CHILD_PROTECTION_CONFERENCE",
                    DeadlineRole.IRO);
            assertMeetingRecord(ROCHDALE, "legal-planning-meeting-record", "LEGAL_PLANNING_MEETING",
                    DeadlineRole.ALLOCATED_WORKER);
        }

        @Test
        @DisplayName("001 \"Recording Timescales Table: Contact & Referral\": a contact or referral recorded opens "
                + "its 24 hours and the front door's decision meets them; a C&F started opens only 004's priorities")
        void contactAndReferral() {
            assertContactAndReferral(ROCHDALE);
        }

        @Test
        @DisplayName("001 \"Initial Strategy Discussion/Meeting\" refines 004 \"Strategy Discussions\" without "
                + "duplicating it: held meets the base's deadline to hold it and opens Rochdale's to record it")
        void strategyDiscussion() {
            assertStrategyDiscussion(ROCHDALE);
        }

        @Test
        @DisplayName("001 \"Initial Child Protection Conference\": held on Thursday 24 December 2026, its decisions "
                + "are due 24 hours later, on Christmas Day; its decision meets them, not the full record's 20 days")
        void conferenceDecisions() {
            Map<String, Object> conference = kind("INITIAL_CHILD_PROTECTION_CONFERENCE");
            assertThat(opens(ROCHDALE, HELD, conference)).containsExactly("icpc-decisions-record");
            assertThat(meets(ROCHDALE, DECIDED, conference)).containsExactly("icpc-decisions-record");
            assertThat(REGISTRY.ruleSet(ROCHDALE).dueDate("icpc-decisions-record", LocalDate.of(2026, 12, 24),
                    CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 25));
            assertThat(REGISTRY.rule(ROCHDALE, "icpc-conference-record").tracked()).isFalse();
            assertThat(opens(ROCHDALE, HELD, kind("REVIEW_CHILD_PROTECTION_CONFERENCE")))
                    .containsExactly("rcpc-decisions-record");
        }

        @Test
        @DisplayName("001 \"Legal Planning\": a legal planning meeting held on Thursday 2 April 2026 is to be "
                + "recorded in 3 working days, by Thursday 9 April (Good Friday and Easter Monday not counted)")
        void legalPlanningMeeting() {
            assertThat(opens(ROCHDALE, HELD, kind("LEGAL_PLANNING_MEETING")))
                    .containsExactly("legal-planning-meeting-record");
            assertThat(REGISTRY.ruleSet(ROCHDALE).dueDate("legal-planning-meeting-record", BEFORE_EASTER_2026,
                    CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 9));
        }

        @Test
        @DisplayName("001 \"Recording Timescales Table\": the rules left untracked, each with the reason its data gives")
        void untracked() {
            Map<String, String> untracked = ownUntracked(ROCHDALE);
            assertThat(untracked.keySet()).containsExactlyInAnyOrder("case-note-recording", "cf-assessment-maximum",
                    "cin-plan-before-meeting", "chronology-update", "review-strategy-record",
                    "icpc-report-before-conference", "icpc-conference-record", "core-group-minutes",
                    "rcpc-report-before-conference", "rcpc-conference-record", "cp-visit-recording", "cla-care-plan",
                    "pep-initial", "initial-health-assessment", "placement-plan", "cla-review-care-plan",
                    "cla-review-decisions", "cla-review-full-record", "cla-review-chair-monitoring",
                    "pathway-assessment-by-age", "pathway-assessment-after-late-entry", "pathway-plan-by-age",
                    "pathway-plan-after-late-entry", "statutory-visit-recording", "visit-recording",
                    "contact-case-note-recording", "supervision-recording", "management-decision-referral",
                    "management-decision-recording", "pre-proceedings-letter-upload", "pre-proceedings-meeting-record",
                    "letter-of-intent-upload", "swet-statement-care-plan", "court-orders-upload",
                    "expert-assessments-upload", "private-fostering-notification-recording",
                    "private-fostering-notice-before-arrangement", "private-fostering-visit", "panel-minutes",
                    "resolution-panel-minutes");
            assertThat(untracked.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(untracked.get("cf-assessment-maximum")).contains("referral", "cf-assessment-priority");
            assertThat(untracked.get("cla-care-plan")).contains("step of its own");
            assertThat(untracked.get("core-group-minutes")).contains("over once held");
            assertThat(untracked.get("case-note-recording")).contains("judges the note");
        }
    }

    @Nested
    @DisplayName("003 Appendix A (Trafford)")
    class Trafford {

        private static final String TRAFFORD = Authorities.TRAFFORD;

        @Test
        @DisplayName("003 Appendix A: contact or referral forms, the records of the strategy discussion, of both "
                + "conferences' decisions and of the legal planning meeting are tracked, and 003 s.5h case summaries")
        void tracked() {
            // An override keeps the base rule's place in the set, so the case summary comes first.
            assertThat(ownTracked(TRAFFORD)).containsExactlyInAnyOrder("contact-referral-recording", "strategy-discussion-record",
                    "icpc-decisions-record", "rcpc-decisions-record", "legal-planning-meeting-record",
                    "case-summary-update");
            assertMeetingRecord(TRAFFORD, "strategy-discussion-record", "STRATEGY_DISCUSSION",
                    DeadlineRole.ALLOCATED_WORKER);
            assertMeetingRecord(TRAFFORD, "icpc-decisions-record", "INITIAL_CHILD_PROTECTION_CONFERENCE",
                    DeadlineRole.IRO);
            assertMeetingRecord(TRAFFORD, "rcpc-decisions-record", "REVIEW_CHILD_PROTECTION_CONFERENCE",
                    DeadlineRole.IRO);
            assertMeetingRecord(TRAFFORD, "legal-planning-meeting-record", "LEGAL_PLANNING_MEETING",
                    DeadlineRole.ALLOCATED_WORKER);
        }

        @Test
        @DisplayName("003 Appendix A \"Contact or Referral\": a contact or referral recorded opens its 24 hours and "
                + "the front door's decision meets them; a C&F started opens only 004's priorities")
        void contactAndReferral() {
            assertContactAndReferral(TRAFFORD);
        }

        @Test
        @DisplayName("003 Appendix A \"Initial Strategy Discussion Meeting\" refines 004 \"Strategy Discussions\" "
                + "without duplicating it")
        void strategyDiscussion() {
            assertStrategyDiscussion(TRAFFORD);
        }

        @Test
        @DisplayName("003 Appendix A \"Legal Planning Meeting\": held on Thursday 2 April 2026, recorded in 7 working "
                + "days, by Wednesday 15 April")
        void legalPlanningMeeting() {
            assertThat(opens(TRAFFORD, HELD, kind("LEGAL_PLANNING_MEETING")))
                    .containsExactly("legal-planning-meeting-record");
            assertThat(meets(TRAFFORD, DECIDED, kind("LEGAL_PLANNING_MEETING")))
                    .containsExactly("legal-planning-meeting-record");
            assertThat(REGISTRY.ruleSet(TRAFFORD).dueDate("legal-planning-meeting-record", BEFORE_EASTER_2026,
                    CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 15));
        }

        @Test
        @DisplayName("003 s.5h: Trafford's 3-monthly case summary replaces the base's and stays tracked: a summary "
                + "written meets one and opens the next, one deadline not two, and the case closing cancels it")
        void caseSummary() {
            Map<String, Object> summary = Map.of("noteType", "CASE_SUMMARY");
            assertThat(opens(TRAFFORD, SUBMITTED, summary)).containsExactly("case-summary-update");
            assertThat(meets(TRAFFORD, SUBMITTED, summary)).containsExactly("case-summary-update");
            assertThat(cancels(TRAFFORD, CASE_CLOSED, Map.of())).contains("case-summary-update");
            TimescaleRule rule = REGISTRY.rule(TRAFFORD, "case-summary-update");
            assertThat(rule.origin()).isEqualTo(TRAFFORD);
            assertThat(rule.tracking().orElseThrow().owner()).isEqualTo(DeadlineRole.ALLOCATED_WORKER);
            assertThat(opens(TRAFFORD, SUBMITTED, Map.of("noteType", "CASE_NOTE"))).isEmpty();
        }

        @Test
        @DisplayName("003 Appendix A: the rules left untracked, each with the reason its data gives")
        void untracked() {
            Map<String, String> untracked = ownUntracked(TRAFFORD);
            assertThat(untracked.keySet()).containsExactlyInAnyOrder("case-note-recording", "visit-recording",
                    "early-help-visit-recording", "contact-case-note-recording", "cf-assessment-maximum",
                    "cin-plan-update", "chronology-update", "review-strategy-record", "icpc-report-before-conference",
                    "icpc-conference-record", "core-group-plan-update", "rcpc-report-before-conference",
                    "rcpc-conference-record", "cla-care-plan", "placement-plan", "cla-review-report-before-meeting",
                    "cla-review-decisions", "cla-review-full-record", "cla-review-care-plan", "pathway-plan-by-age",
                    "pathway-plan-review", "pep-meeting-minutes", "placement-support-meeting-minutes",
                    "permanence-matching-report", "supervision-recording", "management-decision-referral",
                    "management-decision-recording", "pre-proceedings-letter-upload", "pre-proceedings-meeting-record",
                    "letter-of-intent-upload", "swet-statement-care-plan", "court-orders-upload",
                    "expert-assessments-upload", "early-help-family-support-meeting-record",
                    "early-help-assessment-recording", "early-help-significant-event-recording");
            assertThat(untracked.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(untracked.get("pathway-plan-review")).contains("step of its own");
            assertThat(untracked.get("early-help-assessment-recording")).contains("free text");
        }
    }

    @Nested
    @DisplayName("002 (Hertfordshire)")
    class Hertfordshire {

        private static final String HERTFORDSHIRE = Authorities.HERTFORDSHIRE;

        @Test
        @DisplayName("002 s.6: only the 6-weekly case summary of Hertfordshire's own rules is tracked")
        void tracked() {
            assertThat(ownTracked(HERTFORDSHIRE)).containsExactly("case-summary-update");
            assertThat(opens(HERTFORDSHIRE, SUBMITTED, Map.of("noteType", "CASE_SUMMARY")))
                    .containsExactly("case-summary-update");
        }

        @Test
        @DisplayName("002 s.5: the case recording maximum and the Family Safeguarding supervision update are left "
                + "untracked, each with the reason its data gives")
        void untracked() {
            Map<String, String> untracked = ownUntracked(HERTFORDSHIRE);
            assertThat(untracked.keySet()).containsExactlyInAnyOrder("case-note-recording",
                    "family-safeguarding-group-supervision-update");
            assertThat(untracked.get("case-note-recording")).contains("judges the note");
            assertThat(untracked.get("family-safeguarding-group-supervision-update")).contains("Family Safeguarding");
        }
    }

    @Test
    @DisplayName("001-004: every rule in force for every authority is tracked or says why it is not")
    void everyRuleIsTrackedOrSaysWhyNot() {
        for (String authority : REGISTRY.authorities()) {
            assertThat(REGISTRY.ruleSet(authority).rules()).as(authority)
                    .allSatisfy(rule -> assertThat(rule.tracked() || rule.untrackedBecause().isPresent())
                            .as(rule.id()).isTrue());
        }
    }
}
