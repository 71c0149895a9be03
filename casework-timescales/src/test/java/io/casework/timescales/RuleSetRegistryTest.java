package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetRegistryTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

    @Nested
    @DisplayName("The shipped rule sets")
    class Shipped {

        @Test
        @DisplayName("All four rule sets load: the 004 base and the 001, 002 and 003 authorities")
        void allLoad() {
            assertThat(REGISTRY.authorities()).containsExactly(
                    Authorities.HERTFORDSHIRE, Authorities.LCS_PRACTICE_GUIDE, Authorities.ROCHDALE, Authorities.TRAFFORD);
            assertThat(REGISTRY.ruleSet(Authorities.ROCHDALE).document()).isEqualTo("001");
            assertThat(REGISTRY.ruleSet(Authorities.HERTFORDSHIRE).document()).isEqualTo("002");
            assertThat(REGISTRY.ruleSet(Authorities.TRAFFORD).document()).isEqualTo("003");
            assertThat(REGISTRY.ruleSet(Authorities.LCS_PRACTICE_GUIDE).document()).isEqualTo("004");
        }

        @Test
        @DisplayName("DOMAIN 19: the shipped rules count on the shared calendar, the one their version covers")
        void calendar() {
            assertThat(REGISTRY.calendar()).isSameAs(WorkingDayCalendar.englandAndWales());
            assertThat(RuleSetRegistry.standard()).isSameAs(REGISTRY);
        }

        @Test
        @DisplayName("The default authority is the LCS practice guide base, and it is loaded")
        void defaultAuthority() {
            assertThat(Authorities.DEFAULT).isEqualTo("lcs-practice-guide");
            assertThat(REGISTRY.authorities()).contains(Authorities.DEFAULT);
        }

        @Test
        @DisplayName("Every authority extends the 004 base; the base extends nothing")
        void extension() {
            assertThat(REGISTRY.ruleSet(Authorities.LCS_PRACTICE_GUIDE).extendsAuthority()).isEmpty();
            for (String authority : new String[] {Authorities.ROCHDALE, Authorities.HERTFORDSHIRE, Authorities.TRAFFORD}) {
                RuleSet ruleSet = REGISTRY.ruleSet(authority);
                assertThat(ruleSet.extendsAuthority()).contains(Authorities.LCS_PRACTICE_GUIDE);
                for (TimescaleRule baseRule : REGISTRY.ruleSet(Authorities.LCS_PRACTICE_GUIDE).rules()) {
                    assertThat(ruleSet.findRule(baseRule.id())).as(authority + " has " + baseRule.id()).isPresent();
                }
            }
        }

        @Test
        @DisplayName("An override replaces the base rule for that authority only")
        void overrideIsLocal() {
            assertThat(REGISTRY.rule(Authorities.HERTFORDSHIRE, "case-summary-update").origin())
                    .isEqualTo(Authorities.HERTFORDSHIRE);
            assertThat(REGISTRY.rule(Authorities.ROCHDALE, "case-summary-update").origin())
                    .isEqualTo(Authorities.LCS_PRACTICE_GUIDE);
            assertThat(REGISTRY.rule(Authorities.LCS_PRACTICE_GUIDE, "case-summary-update").timescale())
                    .isEqualTo(new Timescale(3, TimescaleUnit.MONTHS));
        }

        @Test
        @DisplayName("Every rule names its source: the seed it comes from, a section and a short quote")
        void everyRuleHasASource() {
            for (String authority : REGISTRY.authorities()) {
                RuleSet ruleSet = REGISTRY.ruleSet(authority);
                assertThat(ruleSet.rules()).isNotEmpty();
                for (TimescaleRule rule : ruleSet.rules()) {
                    String expectedDocument = REGISTRY.ruleSet(rule.origin()).document();
                    assertThat(rule.source().document()).as(rule.id()).isEqualTo(expectedDocument);
                    assertThat(rule.source().section()).as(rule.id()).isNotBlank();
                    assertThat(rule.source().quote().split("\\s+")).as(rule.id()).hasSizeLessThan(25);
                }
            }
        }

        @Test
        @DisplayName("Where a rule reads plain 'days' in a seed, its reading says which unit was chosen")
        void loosePlainDaysHaveAReading() {
            for (String authority : REGISTRY.authorities()) {
                for (TimescaleRule rule : REGISTRY.ruleSet(authority).rules()) {
                    String quote = rule.source().quote().toLowerCase();
                    boolean plainDays = quote.matches(".*\\bdays?\\b.*") && !quote.contains("working day");
                    if (plainDays) {
                        assertThat(rule.reading()).as(authority + " " + rule.id()).isPresent();
                    }
                }
            }
        }

        @Test
        @DisplayName("Unknown authorities and rules are refused with the names that are known")
        void unknownLookups() {
            assertThatThrownBy(() -> REGISTRY.ruleSet("wigan"))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("wigan").hasMessageContaining("rochdale");
            assertThatThrownBy(() -> REGISTRY.rule(Authorities.ROCHDALE, "no-such-rule"))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("no-such-rule");
            assertThat(REGISTRY.findRule(Authorities.ROCHDALE, "no-such-rule")).isEmpty();
        }
    }

    @Nested
    @DisplayName("A malformed rule set is rejected, naming the file and the rule")
    class Malformed {

        private static final String BASE = """
                {
                  "authority": "base", "title": "Base", "document": "004",
                  "rules": [
                    { "id": "visit-oversight", "what": "oversight", "trigger": "visit",
                      "timescale": { "amount": 5, "unit": "WORKING_DAYS" },
                      "source": { "document": "004", "section": "Visits", "quote": "within 5 working days" } }
                  ]
                }""";

        private static String ruleSet(String authority, String extendsPart, String rules) {
            return """
                    { "authority": "%s", "title": "Test", "document": "004", %s
                      "rules": [ %s ] }""".formatted(authority, extendsPart, rules);
        }

        private static String rule(String id, String body) {
            return """
                    { "id": "%s", "what": "a task", "trigger": "an event", %s }""".formatted(id, body);
        }

        private static final String GOOD_TIMESCALE = "\"timescale\": { \"amount\": 3, \"unit\": \"WORKING_DAYS\" }";
        private static final String GOOD_SOURCE =
                "\"source\": { \"document\": \"004\", \"section\": \"Visits\", \"quote\": \"within 3 working days\" }";

        private static RuleSetRegistry load(String fileName, String content) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("base.json", BASE);
            files.put(fileName, content);
            return RuleSetRegistry.fromJson(files);
        }

        @Test
        @DisplayName("A well-formed extension loads, and its override and new rule are in force")
        void wellFormed() {
            RuleSetRegistry registry = load("town.json", ruleSet("town", "\"extends\": \"base\",",
                    rule("visit-oversight", "\"overrides\": true, " + GOOD_TIMESCALE + ", " + GOOD_SOURCE)
                            + "," + rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE)));
            assertThat(registry.rule("town", "visit-oversight").timescale()).isEqualTo(Timescale.workingDays(3));
            assertThat(registry.rule("base", "visit-oversight").timescale()).isEqualTo(Timescale.workingDays(5));
            assertThat(registry.ruleSet("town").rules()).extracting(TimescaleRule::id)
                    .containsExactly("visit-oversight", "visit-recording");
        }

        @Test
        @DisplayName("The rule data has a version: the same files give the same one, a changed rule a new one")
        void version() {
            String town = ruleSet("town", "\"extends\": \"base\",",
                    rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE));
            String version = load("town.json", town).version();
            assertThat(version).matches("rules-[0-9a-f]{12}").isEqualTo(load("town.json", town).version());
            assertThat(load("town.json", town.replace("\"amount\": 3", "\"amount\": 4")).version())
                    .isNotEqualTo(version);
            assertThat(REGISTRY.version()).matches("rules-[0-9a-f]{12}").isNotEqualTo(version);
        }

        @Test
        @DisplayName("An unknown unit")
        void unknownUnit() {
            assertRejected(ruleSet("town", "", rule("visit-recording",
                            "\"timescale\": { \"amount\": 3, \"unit\": \"WORKNG_DAYS\" }, " + GOOD_SOURCE)),
                    "town.json, rule 'visit-recording'", "WORKNG_DAYS");
        }

        @Test
        @DisplayName("A zero or negative amount")
        void nonPositiveAmount() {
            assertRejected(ruleSet("town", "", rule("visit-recording",
                            "\"timescale\": { \"amount\": 0, \"unit\": \"WORKING_DAYS\" }, " + GOOD_SOURCE)),
                    "town.json, rule 'visit-recording'", "positive");
        }

        @Test
        @DisplayName("A missing source")
        void missingSource() {
            assertRejected(ruleSet("town", "", rule("visit-recording", GOOD_TIMESCALE)),
                    "town.json, rule 'visit-recording'", "\"source\" is missing");
        }

        @Test
        @DisplayName("A source without a quote, and a quote of 25 words or more")
        void badQuote() {
            assertRejected(ruleSet("town", "", rule("visit-recording", GOOD_TIMESCALE
                            + ", \"source\": { \"document\": \"004\", \"section\": \"Visits\" }")),
                    "town.json, rule 'visit-recording'", "\"source.quote\" is missing");
            String longQuote = "word ".repeat(25).trim();
            assertRejected(ruleSet("town", "", rule("visit-recording", GOOD_TIMESCALE
                            + ", \"source\": { \"document\": \"004\", \"section\": \"Visits\", \"quote\": \"" + longQuote + "\" }")),
                    "town.json, rule 'visit-recording'", "25 words");
        }

        @Test
        @DisplayName("A source naming another document than the file's")
        void wrongDocument() {
            assertRejected(ruleSet("town", "", rule("visit-recording", GOOD_TIMESCALE
                            + ", \"source\": { \"document\": \"001\", \"section\": \"Visits\", \"quote\": \"within 3 days\" }")),
                    "town.json, rule 'visit-recording'", "'001'");
        }

        @Test
        @DisplayName("The same id twice in one file")
        void duplicateIds() {
            String one = rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE);
            assertRejected(ruleSet("town", "", one + "," + one),
                    "town.json, rule 'visit-recording'", "more than once");
        }

        @Test
        @DisplayName("An unknown field, such as a misspelt 'extends'")
        void unknownField() {
            assertRejected(ruleSet("town", "\"extend\": \"base\",", rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json", "unknown field \"extend\"");
            assertRejected(ruleSet("town", "", rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE
                            + ", \"raeding\": \"x\"")),
                    "town.json, rule 'visit-recording'", "unknown field \"raeding\"");
        }

        @Test
        @DisplayName("A rule without an id is named by its position")
        void missingId() {
            assertRejected(ruleSet("town", "", "{ \"what\": \"a task\", \"trigger\": \"an event\", "
                            + GOOD_TIMESCALE + ", " + GOOD_SOURCE + " }"),
                    "town.json, rule #1 (no id)", "\"id\" is missing");
        }

        @Test
        @DisplayName("Broken JSON, with the line it broke on")
        void brokenJson() {
            assertRejected("{ \"authority\": \"town\", \n \"rules\": [ { ", "town.json", "line");
        }

        @Test
        @DisplayName("A file whose authority does not match its name")
        void authorityNameMismatch() {
            assertRejected(ruleSet("city", "", rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json", "'city'");
        }

        @Test
        @DisplayName("Extending a rule set that does not exist")
        void unknownExtends() {
            assertRejected(ruleSet("town", "\"extends\": \"nowhere\",", rule("visit-recording", GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json", "'nowhere'");
        }

        @Test
        @DisplayName("Reusing a base id without saying it overrides, and 'overrides' on an id the base lacks")
        void overrideMustBeDeclared() {
            assertRejected(ruleSet("town", "\"extends\": \"base\",", rule("visit-oversight", GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json, rule 'visit-oversight'", "\"overrides\": true");
            assertRejected(ruleSet("town", "\"extends\": \"base\",",
                            rule("visit-oversigth", "\"overrides\": true, " + GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json, rule 'visit-oversigth'", "has no rule with this id");
        }

        @Test
        @DisplayName("Following a rule that does not exist, or following in a circle")
        void badFollows() {
            assertRejected(ruleSet("town", "", rule("alert", "\"follows\": \"threshold\", " + GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json, rule 'alert'", "'threshold'");
            assertRejected(ruleSet("town", "",
                            rule("first", "\"follows\": \"second\", " + GOOD_TIMESCALE + ", " + GOOD_SOURCE) + ","
                                    + rule("second", "\"follows\": \"first\", " + GOOD_TIMESCALE + ", " + GOOD_SOURCE)),
                    "town.json, rule 'first'", "circle");
        }

        @Test
        @DisplayName("Two rule sets extending each other")
        void extendsCircle() {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("north.json", ruleSet("north", "\"extends\": \"south\",", rule("a", GOOD_TIMESCALE + ", " + GOOD_SOURCE)));
            files.put("south.json", ruleSet("south", "\"extends\": \"north\",", rule("b", GOOD_TIMESCALE + ", " + GOOD_SOURCE)));
            assertThatThrownBy(() -> RuleSetRegistry.fromJson(files))
                    .isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("circle");
        }

        @Test
        @DisplayName("Every problem is reported at once, not only the first")
        void allProblemsAtOnce() {
            String content = ruleSet("town", "",
                    rule("one", "\"timescale\": { \"amount\": -1, \"unit\": \"DAYS\" }, " + GOOD_SOURCE) + ","
                            + rule("two", GOOD_TIMESCALE));
            assertThatThrownBy(() -> load("town.json", content))
                    .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                            .hasSize(3)
                            .anySatisfy(p -> assertThat(p).contains("rule 'one'").contains("'DAYS'"))
                            .anySatisfy(p -> assertThat(p).contains("rule 'one'").contains("positive"))
                            .anySatisfy(p -> assertThat(p).contains("rule 'two'").contains("source")));
        }

        @Test
        @DisplayName("A rule set file listed in an index but missing from the classpath")
        void missingFile() {
            assertThatThrownBy(() -> RuleSetRegistry.load(getClass().getClassLoader(), "missing-timescales"))
                    .isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("missing-timescales/index.json");
        }

        private static void assertRejected(String content, String... expectedFragments) {
            assertThatThrownBy(() -> load("town.json", content))
                    .isInstanceOf(RuleSetException.class)
                    .satisfies(e -> {
                        for (String fragment : expectedFragments) {
                            assertThat(e.getMessage()).contains(fragment);
                        }
                    });
        }
    }
}
