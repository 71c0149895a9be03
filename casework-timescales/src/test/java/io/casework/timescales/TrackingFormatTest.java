package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule format's tracking fields: what a rule is for, as data, and the problems a bad one is refused with. */
class TrackingFormatTest {

    private static final String OPENS_CF =
            "\"opensOn\": [{ \"event\": \"casework.case-notes.pathway-step-started\", \"when\": { \"kind\": \"CF_ASSESSMENT\" } }]";
    private static final String MET_CF = "\"metBy\": [\"casework.case-notes.pathway-step-decided\"]";

    private static RuleSetRegistry load(String trackingFields) {
        String content = """
                { "authority": "town", "title": "Town", "document": "004",
                  "rules": [
                    { "id": "cf-assessment", "what": "C&F assessment completed", "trigger": "C&F start date",
                      "timescale": { "amount": 10, "unit": "WORKING_DAYS" },
                      "source": { "document": "004", "section": "C&F", "quote": "10 working days from the start date" }
                      %s }
                  ] }""".formatted(trackingFields.isEmpty() ? "" : ", " + trackingFields);
        return RuleSetRegistry.fromJson(Map.of("town.json", content));
    }

    private static void assertRejected(String trackingFields, String... fragments) {
        assertThatThrownBy(() -> load(trackingFields))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains("town.json, rule 'cf-assessment'");
                    for (String fragment : fragments) {
                        assertThat(e.getMessage()).contains(fragment);
                    }
                });
    }

    @Nested
    @DisplayName("A tracked rule")
    class Tracked {

        @Test
        @DisplayName("004 C&F: opened by a C&F step started, met by its decision, cancelled by its end, the worker's, "
                + "escalated to the practice manager then a day later the team manager")
        void wellFormed() {
            TimescaleRule rule = load(OPENS_CF + ", " + MET_CF
                    + ", \"cancelledBy\": [\"casework.case-notes.pathway-step-ended\"], \"owner\": \"ALLOCATED_WORKER\""
                    + ", \"escalateTo\": [{ \"role\": \"PRACTICE_MANAGER\" },"
                    + " { \"role\": \"TEAM_MANAGER\", \"after\": { \"amount\": 1, \"unit\": \"WORKING_DAYS\" } }]")
                    .rule("town", "cf-assessment");
            assertThat(rule.tracked()).isTrue();
            Tracking tracking = rule.tracking().orElseThrow();
            assertThat(tracking.opensOn()).containsExactly(new EventMatch("casework.case-notes.pathway-step-started",
                    Map.of("kind", List.of("CF_ASSESSMENT"))));
            assertThat(tracking.metBy()).containsExactly(EventMatch.of("casework.case-notes.pathway-step-decided"));
            assertThat(tracking.cancelledBy()).containsExactly(EventMatch.of("casework.case-notes.pathway-step-ended"));
            assertThat(tracking.owner()).isEqualTo(DeadlineRole.ALLOCATED_WORKER);
            assertThat(tracking.escalateTo()).extracting(Escalation::role)
                    .containsExactly(DeadlineRole.PRACTICE_MANAGER, DeadlineRole.TEAM_MANAGER);
            // Due Friday 3 April 2026 (Good Friday): the team manager's step is the next working day, Tuesday 7 April.
            LocalDate due = LocalDate.of(2026, 4, 3);
            WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
            assertThat(tracking.escalateTo().get(0).escalatesOn(due, calendar)).isEqualTo(due);
            assertThat(tracking.escalateTo().get(1).escalatesOn(due, calendar)).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(tracking.eventTypes()).containsExactly("casework.case-notes.pathway-step-started",
                    "casework.case-notes.pathway-step-decided", "casework.case-notes.pathway-step-ended");
        }

        @Test
        @DisplayName("004 C&F: the condition matches the opening event's data by value, as text")
        void condition() {
            EventMatch opens = load(OPENS_CF + ", " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"")
                    .rule("town", "cf-assessment").tracking().orElseThrow().opensOn().get(0);
            Map<String, Object> cf = Map.of("kind", "CF_ASSESSMENT");
            Map<String, Object> s47 = Map.of("kind", "S47_ENQUIRY");
            assertThat(opens.matches("casework.case-notes.pathway-step-started", cf::get)).isTrue();
            assertThat(opens.matches("casework.case-notes.pathway-step-started", s47::get)).isFalse();
            assertThat(opens.matches("casework.case-notes.pathway-step-started", field -> null)).isFalse();
            assertThat(opens.matches("casework.case-notes.pathway-step-decided", cf::get)).isFalse();
            EventMatch visit = new EventMatch("casework.case-notes.visit-recorded",
                    Map.of("childSeen", List.of("false")));
            assertThat(visit.matches("casework.case-notes.visit-recorded", field -> false)).isTrue();
        }

        @Test
        @DisplayName("A rule without opensOn and metBy is reference data and still loads")
        void untracked() {
            assertThat(load("").rule("town", "cf-assessment").tracked()).isFalse();
            assertThat(load("").rule("town", "cf-assessment").untrackedBecause()).isEmpty();
        }

        @Test
        @DisplayName("A rule left untracked may say why, in words")
        void untrackedBecause() {
            TimescaleRule rule = load("\"untrackedBecause\": \"No event records the assessment being completed.\"")
                    .rule("town", "cf-assessment");
            assertThat(rule.tracked()).isFalse();
            assertThat(rule.untrackedBecause()).contains("No event records the assessment being completed.");
        }
    }

    @Nested
    @DisplayName("A tracked rule is refused, naming the file, the rule and the field")
    class Refused {

        @Test
        @DisplayName("opensOn without metBy, and metBy without opensOn")
        void bothOrNeither() {
            assertRejected(OPENS_CF + ", \"owner\": \"ALLOCATED_WORKER\"", "\"opensOn\" without \"metBy\"");
            assertRejected(MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"", "\"metBy\" without \"opensOn\"");
        }

        @Test
        @DisplayName("No owner, or one that is not a role")
        void owner() {
            assertRejected(OPENS_CF + ", " + MET_CF, "\"owner\" is missing");
            assertRejected(OPENS_CF + ", " + MET_CF + ", \"owner\": \"SOCIAL_WORKR\"", "\"owner\" 'SOCIAL_WORKR'");
        }

        @Test
        @DisplayName("An owner, a cancellation or an escalation on a rule that is not tracked")
        void trackingOnlyFields() {
            assertRejected("\"owner\": \"ALLOCATED_WORKER\"", "\"owner\" is only for a tracked rule");
            assertRejected("\"cancelledBy\": []", "\"cancelledBy\" is only for a tracked rule");
        }

        @Test
        @DisplayName("A blank reason for being untracked, or one on a rule that is tracked")
        void untrackedBecause() {
            assertRejected("\"untrackedBecause\": \" \"", "\"untrackedBecause\" is blank");
            assertRejected(OPENS_CF + ", " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\","
                    + " \"untrackedBecause\": \"No event records it.\"",
                    "\"untrackedBecause\" is only for a rule that is not tracked");
        }

        @Test
        @DisplayName("An event type that is not written casework.<service>.<name>")
        void eventTypeShape() {
            assertRejected("\"opensOn\": [\"pathway-step-started\"], " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"",
                    "\"opensOn[0]\" 'pathway-step-started'", "casework.<service>.<name>");
            assertRejected(OPENS_CF + ", \"metBy\": [{ \"when\": { \"kind\": \"CF_ASSESSMENT\" } }],"
                    + " \"owner\": \"ALLOCATED_WORKER\"", "\"metBy[0].event\" is missing");
        }

        @Test
        @DisplayName("An empty opensOn, a repeated event, a blank or empty condition and an unknown field in an event")
        void eventShapes() {
            assertRejected("\"opensOn\": [], " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"", "\"opensOn\" is empty");
            assertRejected(OPENS_CF + ", \"metBy\": [\"casework.case-notes.pathway-step-decided\","
                    + " \"casework.case-notes.pathway-step-decided\"], \"owner\": \"ALLOCATED_WORKER\"", "\"metBy[1]\" repeats");
            assertRejected("\"opensOn\": [{ \"event\": \"casework.case-notes.pathway-step-started\", \"when\": {} }], "
                    + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"", "\"opensOn[0].when\" must name at least one field");
            assertRejected("\"opensOn\": [{ \"event\": \"casework.case-notes.pathway-step-started\","
                    + " \"when\": { \"kind\": \" \" } }], " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"",
                    "\"opensOn[0].when.kind\"");
            assertRejected("\"opensOn\": [{ \"event\": \"casework.case-notes.pathway-step-started\", \"wehn\": {} }], "
                    + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\"", "unknown field \"opensOn[0].wehn\"");
        }

        @Test
        @DisplayName("An escalation to an unknown role, to the same role twice, or after an unknown unit")
        void escalations() {
            String tracked = OPENS_CF + ", " + MET_CF + ", \"owner\": \"ALLOCATED_WORKER\", ";
            assertRejected(tracked + "\"escalateTo\": [{ \"role\": \"CHIEF\" }]", "\"escalateTo[0].role\" 'CHIEF'");
            assertRejected(tracked + "\"escalateTo\": [{ \"role\": \"TEAM_MANAGER\" }, { \"role\": \"TEAM_MANAGER\" }]",
                    "\"escalateTo[1].role\" TEAM_MANAGER is already a step");
            assertRejected(tracked + "\"escalateTo\": [{ \"role\": \"TEAM_MANAGER\","
                    + " \"after\": { \"amount\": 1, \"unit\": \"DAYS\" } }]", "\"escalateTo[0].after.unit\" 'DAYS'");
            assertRejected(tracked + "\"escalateTo\": [{ \"person\": \"TEAM_MANAGER\" }]", "unknown field \"person\"");
        }
    }
}
