package io.casework.timescales;

import io.casework.contracts.VisitKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Visit frequencies as the shipped rule sets hold them, and as an authority changes them. The regulations are
 * summarised in issue 16 (they cannot be fetched here); each test names the provision it follows.
 */
class VisitFrequencyTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
    private static final RuleSet BASE = REGISTRY.ruleSet(Authorities.LCS_PRACTICE_GUIDE);
    private static final WorkingDayCalendar CALENDAR = REGISTRY.calendar();
    private static final Optional<LocalDate> NOT_YET = Optional.empty();

    private static VisitFrequency frequency(VisitKind kind, Map<String, String> facts) {
        return BASE.visitFrequencyFor(kind, facts).orElseThrow();
    }

    @Nested
    @DisplayName("Looked after: Care Planning, Placement and Case Review (England) Regulations 2010, reg 28")
    class LookedAfter {

        private final LocalDate placed = LocalDate.of(2026, 1, 5);

        @Test
        @DisplayName("reg 28: within 1 week of the start of a placement, then at most 6 weeks apart")
        void placementFirstWeekThenSixWeeks() {
            VisitFrequency frequency = frequency(VisitKind.CLA, Map.of("placementType", "U6"));
            assertThat(frequency.id()).isEqualTo("cla-placement");
            assertThat(frequency.nextDue(placed, Optional.empty(), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(frequency.nextDue(placed, Optional.of(LocalDate.of(2026, 1, 9)), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2026, 2, 20));
            // Not intended to last until 18: still 6 weeks after the first year.
            assertThat(frequency.nextDue(placed, Optional.of(LocalDate.of(2027, 3, 1)), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2027, 4, 12));
            assertThat(frequency.source().citation()).contains("reg 28");
            assertThat(frequency.source().kind()).isEqualTo(FrequencySource.Kind.LEGISLATION);
        }

        @Test
        @DisplayName("reg 28: intended to last until 18, 6 weeks in the first year, 3 months after; the boundary is "
                + "the placement's first anniversary")
        void untilEighteenAcrossTheFirstYear() {
            VisitFrequency frequency = frequency(VisitKind.CLA,
                    Map.of("placementType", "U4", "intendedToLastUntil18", "true"));
            assertThat(frequency.id()).isEqualTo("cla-placement-until-18");
            // The last day of the first year is still in it: the next visit is due within 6 weeks.
            assertThat(frequency.nextDue(placed, Optional.of(LocalDate.of(2027, 1, 4)), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2027, 2, 15));
            // The anniversary starts the second year: within 3 months.
            assertThat(frequency.nextDue(placed, Optional.of(LocalDate.of(2027, 1, 5)), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2027, 4, 5));
        }

        @Test
        @DisplayName("reg 28: placed with a parent before assessment, weekly until the first review, then 6 weeks")
        void parentBeforeAssessment() {
            VisitFrequency frequency = frequency(VisitKind.CLA,
                    Map.of("placementType", "P1", "arrangement", "PARENT_BEFORE_ASSESSMENT", "legalStatus", "V2"));
            assertThat(frequency.id()).isEqualTo("cla-placed-with-parent-before-assessment");
            LocalDate visit = LocalDate.of(2026, 1, 20);
            assertThat(frequency.nextDue(placed, Optional.of(visit), NOT_YET, CALENDAR)).isEqualTo(visit.plusWeeks(1));
            Optional<LocalDate> reviewed = Optional.of(LocalDate.of(2026, 1, 20));
            assertThat(frequency.nextDue(placed, Optional.of(visit), reviewed, CALENDAR)).isEqualTo(visit.plusWeeks(6));
            assertThat(frequency.nextDue(placed, Optional.of(visit.minusDays(1)), reviewed, CALENDAR))
                    .isEqualTo(visit.minusDays(1).plusWeeks(1));
        }

        @Test
        @DisplayName("reg 28: a connected person approved temporarily, or an interim care order at home: weekly "
                + "until the first review, then 4 weeks")
        void weeklyThenFourWeeks() {
            VisitFrequency connected = frequency(VisitKind.CLA,
                    Map.of("placementType", "U3", "arrangement", "CONNECTED_PERSON_TEMPORARY_APPROVAL"));
            VisitFrequency interimAtHome = frequency(VisitKind.CLA, Map.of("placementType", "P1", "legalStatus", "C1"));
            assertThat(connected.id()).isEqualTo("cla-connected-person-temporary-approval");
            assertThat(interimAtHome.id()).isEqualTo("cla-interim-care-order-at-home");
            Optional<LocalDate> reviewed = Optional.of(LocalDate.of(2026, 2, 2));
            for (VisitFrequency frequency : new VisitFrequency[] {connected, interimAtHome}) {
                assertThat(frequency.nextDue(placed, Optional.empty(), NOT_YET, CALENDAR)).isEqualTo(placed.plusWeeks(1));
                assertThat(frequency.nextDue(placed, Optional.of(LocalDate.of(2026, 2, 3)), reviewed, CALENDAR))
                        .isEqualTo(LocalDate.of(2026, 3, 3));
            }
        }

        @Test
        @DisplayName("reg 28: a care order at home, within 1 week, then 6 weeks")
        void careOrderAtHome() {
            VisitFrequency frequency = frequency(VisitKind.CLA, Map.of("placementType", "P1", "legalStatus", "C2"));
            assertThat(frequency.id()).isEqualTo("cla-care-order-at-home");
            assertThat(frequency.nextDue(placed, Optional.empty(), NOT_YET, CALENDAR)).isEqualTo(placed.plusWeeks(1));
            assertThat(frequency.nextDue(placed, Optional.of(placed.plusDays(3)), NOT_YET, CALENDAR))
                    .isEqualTo(placed.plusDays(3).plusWeeks(6));
        }
    }

    @Test
    @DisplayName("Children (Private Arrangements for Fostering) Regulations 2005 reg 8: 6 weeks in the first year from "
            + "the authority becoming aware, then 12 weeks")
    void privateFostering() {
        VisitFrequency frequency = frequency(VisitKind.PRIVATE_FOSTERING, Map.of());
        LocalDate aware = LocalDate.of(2026, 3, 2);
        assertThat(frequency.nextDue(aware, Optional.empty(), NOT_YET, CALENDAR)).isEqualTo(aware.plusWeeks(6));
        assertThat(frequency.nextDue(aware, Optional.of(LocalDate.of(2027, 3, 1)), NOT_YET, CALENDAR))
                .isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(frequency.nextDue(aware, Optional.of(LocalDate.of(2027, 3, 2)), NOT_YET, CALENDAR))
                .isEqualTo(LocalDate.of(2027, 5, 25));
        assertThat(frequency.source().citation()).contains("reg 8");
    }

    @Test
    @DisplayName("Child protection: every 10 working days by default, a local standard, counted over bank holidays")
    void childProtection() {
        VisitFrequency frequency = frequency(VisitKind.CP, Map.of());
        // 10 working days from Friday 18 December 2026 skip Christmas Day and the Boxing Day substitute (28th).
        assertThat(frequency.nextDue(LocalDate.of(2026, 12, 1), Optional.of(LocalDate.of(2026, 12, 18)), NOT_YET,
                CALENDAR)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(frequency.source().kind()).isEqualTo(FrequencySource.Kind.LOCAL_STANDARD);
    }

    @Test
    @DisplayName("004 Care Leavers: Recording KIT Visits: every 2 months")
    void keepInTouch() {
        VisitFrequency frequency = frequency(VisitKind.CARE_LEAVER_KIT, Map.of());
        assertThat(frequency.nextDue(LocalDate.of(2026, 1, 31), Optional.empty(), NOT_YET, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(frequency.source().seed()).hasValueSatisfying(seed -> assertThat(seed.document()).isEqualTo("004"));
    }

    @Test
    @DisplayName("Child in need: a default an authority replaces")
    void childInNeed() {
        assertThat(frequency(VisitKind.CIN, Map.of()).source().kind()).isEqualTo(FrequencySource.Kind.LOCAL_STANDARD);
    }

    @Nested
    @DisplayName("An authority's own frequencies")
    class Authority {

        private static final String TOWN = """
                { "authority": "town", "title": "Town", "document": "004", "extends": "lcs-practice-guide",
                  "rules": [ { "id": "town-rule", "what": "a task", "trigger": "an event",
                               "timescale": { "amount": 1, "unit": "WORKING_DAYS" },
                               "source": { "document": "004", "section": "Failed visits",
                                           "quote": "escalated to PM within 1 working day" },
                               "untrackedBecause": "a fixture" } ],
                  "visitFrequencies": [
                    { "id": "cp-statutory-visit", "overrides": true, "kind": "CP", "what": "Town's CP visits",
                      "stages": [ { "every": { "amount": 5, "unit": "WORKING_DAYS" } } ],
                      "source": { "localStandard": "Town's practice standard" } },
                    { "id": "care-leaver-personal-adviser", "kind": "CARE_LEAVER_KIT",
                      "what": "Personal adviser contact with a care leaver in custody",
                      "when": { "placementType": ["R5"] },
                      "stages": [ { "every": { "amount": 1, "unit": "MONTHS" } } ],
                      "source": { "localStandard": "Town's leaving care service" } } ] }""";

        private final RuleSet town = RuleSetRegistry.fromJson(Map.of("lcs-practice-guide.json",
                BASE_FILE, "town.json", TOWN)).ruleSet("town");

        @Test
        @DisplayName("replaces the child protection default by id, keeps the rest, and adds a rule of its own")
        void overridesAndAdds() {
            VisitFrequency cp = town.visitFrequencyFor(VisitKind.CP, Map.of()).orElseThrow();
            assertThat(cp.origin()).isEqualTo("town");
            assertThat(cp.nextDue(LocalDate.of(2026, 11, 2), Optional.empty(), NOT_YET, CALENDAR))
                    .isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(town.visitFrequencyFor(VisitKind.CLA, Map.of()).orElseThrow().id()).isEqualTo("cla-placement");
            assertThat(town.visitFrequencyFor(VisitKind.CARE_LEAVER_KIT, Map.of("placementType", "R5")).orElseThrow()
                    .id()).isEqualTo("care-leaver-personal-adviser");
            assertThat(town.visitFrequencyFor(VisitKind.CARE_LEAVER_KIT, Map.of()).orElseThrow().id())
                    .isEqualTo("care-leaver-kit-contact");
        }

        @Test
        @DisplayName("a frequency that reuses an id without saying so, names an unknown fact or never settles is refused")
        void refused() {
            assertRefused(TOWN.replace("\"overrides\": true, ", ""), "visit frequency 'cp-statutory-visit'",
                    "\"overrides\": true");
            assertRefused(TOWN.replace("\"placementType\": [\"R5\"]", "\"shoeSize\": [\"9\"]"), "'shoeSize'");
            assertRefused(TOWN.replace("\"stages\": [ { \"every\": { \"amount\": 5, \"unit\": \"WORKING_DAYS\" } } ]",
                    "\"stages\": [ { \"every\": { \"amount\": 5, \"unit\": \"WORKING_DAYS\" }, \"until\": \"FIRST_REVIEW\" } ]"),
                    "the last stage must last for ever");
            assertRefused(TOWN.replace("\"localStandard\": \"Town's practice standard\"",
                    "\"legislation\": \"Children Act 1989\""), "\"source.provision\" is missing");
        }

        private void assertRefused(String town, String... fragments) {
            assertThatThrownBy(() -> RuleSetRegistry.fromJson(Map.of("lcs-practice-guide.json", BASE_FILE,
                    "town.json", town))).isInstanceOf(RuleSetException.class).satisfies(e -> {
                        for (String fragment : fragments) {
                            assertThat(e.getMessage()).contains(fragment);
                        }
                    });
        }
    }

    private static final String BASE_FILE = ShippedFiles.read("timescales/lcs-practice-guide.json");
}
