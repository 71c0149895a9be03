package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ages reached from a date of birth, and tasks that come round again from the last one done. */
class AgeAndCycleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

    @Nested
    @DisplayName("An AGE target")
    class Age {

        @Test
        @DisplayName("003 Appendix A \"Pathway Plan\": on or before 15 years 9 months; born 31 May 2010, due 28 February 2026")
        void traffordPathwayPlan() {
            TimescaleRule rule = REGISTRY.rule(Authorities.TRAFFORD, "pathway-plan-by-age");
            assertThat(rule.timescale()).isEqualTo(Timescale.age(15, 9));
            assertThat(rule.timescale()).hasToString("age 15 years 9 months");
            assertThat(rule.dueDate(LocalDate.of(2010, 5, 31), CALENDAR)).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(rule.isLate(LocalDate.of(2010, 5, 31), LocalDate.of(2026, 3, 1), CALENDAR)).isTrue();
        }

        @Test
        @DisplayName("001 \"Pathway Assessment Pathway Plan\": by 16 ¼ years, the age of 16 years and 3 months; born 29 "
                + "February 2008, due 29 May 2024")
        void rochdalePathwayAssessment() {
            for (String id : new String[] {"pathway-assessment-by-age", "pathway-plan-by-age"}) {
                TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, id);
                assertThat(rule.timescale()).as(id).isEqualTo(Timescale.age(16, 3));
                assertThat(rule.dueDate(LocalDate.of(2008, 2, 29), CALENDAR)).as(id).isEqualTo(LocalDate.of(2024, 5, 29));
            }
        }

        @Test
        @DisplayName("An age is whole years and 0 to 11 months, and is never counted back from")
        void bounds() {
            assertThat(Timescale.age(16, 0)).hasToString("age 16 years");
            assertThatThrownBy(() -> Timescale.age(15, 12)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Timescale.age(16, 3).dueBefore(LocalDate.of(2026, 1, 1), CALENDAR))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("A recurring cycle")
    class Cycle {

        @Test
        @DisplayName("002 s.6 case summaries every 6 weeks: written late on Monday 20 April 2026, the next is due 6 "
                + "weeks after that, 1 June")
        void hertfordshireCaseSummary() {
            TimescaleRule rule = REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-summary-update");
            assertThat(rule.every()).contains(new Timescale(6, TimescaleUnit.WEEKS));
            assertThat(rule.recurring()).isTrue();
            assertThat(rule.nextDueDate(LocalDate.of(2026, 4, 20), CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 1));
        }

        @Test
        @DisplayName("001 \"Risk Alerts\": within six months of being recorded, then six-monthly from each review")
        void rochdaleRiskAlert() {
            TimescaleRule rule = REGISTRY.rule(Authorities.ROCHDALE, "risk-alert-review");
            assertThat(rule.dueDate(LocalDate.of(2026, 8, 31), CALENDAR)).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(rule.nextDueDate(LocalDate.of(2027, 2, 10), CALENDAR)).isEqualTo(LocalDate.of(2027, 8, 10));
        }

        @Test
        @DisplayName("001, 003 chronology every 2 months, 003 pathway plan review every 6 months, 004 KIT visits every "
                + "2 months: each a cycle with its unit")
        void cycles() {
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "chronology-update").every())
                    .contains(new Timescale(2, TimescaleUnit.MONTHS));
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "chronology-update").every())
                    .contains(new Timescale(2, TimescaleUnit.MONTHS));
            assertThat(REGISTRY.rule(Authorities.TRAFFORD, "pathway-plan-review").every())
                    .contains(new Timescale(6, TimescaleUnit.MONTHS));
            assertThat(REGISTRY.rule(Authorities.LCS_PRACTICE_GUIDE, "care-leaver-kit-visit").every())
                    .contains(new Timescale(2, TimescaleUnit.MONTHS));
        }

        @Test
        @DisplayName("004 statutory visit oversight is not a cycle: asking for its next due date is refused")
        void notACycle() {
            TimescaleRule rule = REGISTRY.rule(Authorities.LCS_PRACTICE_GUIDE, "statutory-visit-oversight");
            assertThat(rule.every()).isEmpty();
            assertThatThrownBy(() -> rule.nextDueDate(LocalDate.of(2026, 4, 2), CALENDAR))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("The format: new units written plainly, the old way still read, contradictions refused")
    class Format {

        private static RuleSetRegistry load(String fields) {
            String content = """
                    { "authority": "town", "title": "Town", "document": "003",
                      "rules": [
                        { "id": "pathway-plan", "what": "Pathway plan", "trigger": "the previous one", %s,
                          "source": { "document": "003", "section": "Appendix A", "quote": "At least every 6 months" } }
                      ] }""".formatted(fields);
            return RuleSetRegistry.fromJson(Map.of("town.json", content));
        }

        private static void assertRejected(String fields, String fragment) {
            assertThatThrownBy(() -> load(fields))
                    .isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("town.json, rule 'pathway-plan'")
                    .hasMessageContaining(fragment);
        }

        @Test
        @DisplayName("\"recurring\": true with a timescale, as files were written before, is a cycle of that timescale")
        void oldRecurringStillRead() {
            TimescaleRule rule = load("\"timescale\": { \"amount\": 6, \"unit\": \"MONTHS\" }, \"recurring\": true")
                    .rule("town", "pathway-plan");
            assertThat(rule.every()).contains(new Timescale(6, TimescaleUnit.MONTHS));
            assertThat(rule.timescale()).isEqualTo(new Timescale(6, TimescaleUnit.MONTHS));
        }

        @Test
        @DisplayName("A first occurrence sooner than the cycle: within 3 months, then every 6")
        void firstSoonerThanCycle() {
            TimescaleRule rule = load("\"timescale\": { \"amount\": 3, \"unit\": \"MONTHS\" },"
                    + " \"every\": { \"amount\": 6, \"unit\": \"MONTHS\" }").rule("town", "pathway-plan");
            assertThat(rule.dueDate(LocalDate.of(2026, 1, 15), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(rule.nextDueDate(LocalDate.of(2026, 4, 1), CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 1));
        }

        @Test
        @DisplayName("Refused: a cycle said not to recur, counted backwards, or an AGE; an age with an amount, 12 "
                + "months, no years, a direction BEFORE or a cycle; years on a length of time; an escalation after an AGE")
        void refused() {
            String every = "\"every\": { \"amount\": 6, \"unit\": \"MONTHS\" }";
            assertRejected(every + ", \"recurring\": false", "\"recurring\": false");
            assertRejected(every + ", \"direction\": \"BEFORE\"", "cannot be BEFORE");
            assertRejected("\"every\": { \"unit\": \"AGE\", \"years\": 16 }", "\"every\" cannot be an AGE");
            assertRejected("\"timescale\": { \"unit\": \"AGE\", \"amount\": 189, \"years\": 15 }", "\"timescale.amount\" is not used");
            assertRejected("\"timescale\": { \"unit\": \"AGE\", \"years\": 15, \"months\": 12 }", "\"timescale.months\" must be 0 to 11");
            assertRejected("\"timescale\": { \"unit\": \"AGE\", \"months\": 9 }", "\"timescale.years\" is missing");
            assertRejected("\"timescale\": { \"unit\": \"AGE\", \"years\": 16 }, \"direction\": \"BEFORE\"",
                    "\"direction\" cannot be BEFORE");
            assertRejected("\"timescale\": { \"unit\": \"AGE\", \"years\": 16 }, \"recurring\": true", "cannot recur");
            assertRejected("\"timescale\": { \"amount\": 6, \"unit\": \"MONTHS\", \"years\": 1 }", "only an AGE");
            assertRejected("\"timescale\": { \"amount\": 6, \"unit\": \"MONTHS\" },"
                    + " \"opensOn\": [\"casework.case-notes.child-born\"], \"metBy\": [\"casework.case-notes.pathway-step-started\"],"
                    + " \"owner\": \"ALLOCATED_WORKER\", \"escalateTo\": [{ \"role\": \"TEAM_MANAGER\","
                    + " \"after\": { \"unit\": \"AGE\", \"years\": 1 } }]", "not an AGE");
        }
    }
}
