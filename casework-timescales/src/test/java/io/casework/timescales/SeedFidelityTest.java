package io.casework.timescales;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keeps the data honest: every quote is the seed's own words, and the README's tables list
 * every rule and approval type. The seeds live outside the repository; where they are absent the quote check is
 * skipped rather than failed (set {@code -Dcasework.seeds.dir} to point at them).
 */
class SeedFidelityTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

    @Test
    @DisplayName("000-004: every rule's and approval type's quote appears word for word in the seed it names")
    void quotesAreTheSeedsOwnWords() throws IOException {
        Path seeds = Path.of(System.getProperty("casework.seeds.dir", "/work/shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "seed documents not found at " + seeds);
        Map<String, String> seedText = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                seedText.put(file.getFileName().toString().substring(0, 3),
                        normalise(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        for (String authority : REGISTRY.authorities()) {
            for (TimescaleRule rule : REGISTRY.ruleSet(authority).rules()) {
                assertThat(seedText.get(rule.source().document()))
                        .as("%s %s quotes seed %s", authority, rule.id(), rule.source().document())
                        .contains(normalise(rule.source().quote()));
            }
            for (ApprovalType type : REGISTRY.ruleSet(authority).approvalTypes()) {
                assertThat(seedText.get(type.source().document()))
                        .as("%s %s quotes seed %s", authority, type.id(), type.source().document())
                        .contains(normalise(type.source().quote()));
            }
        }
    }

    @Test
    @DisplayName("README: the tables list every rule id and approval type of every rule set")
    void readmeListsEveryRule() throws IOException {
        Path readme = Path.of("README.md");
        assumeTrue(Files.exists(readme), "run from the module directory");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        for (String authority : REGISTRY.authorities()) {
            for (TimescaleRule rule : REGISTRY.ruleSet(authority).rules()) {
                if (rule.origin().equals(authority)) {
                    assertThat(text).as("README lists %s %s", authority, rule.id()).contains("`" + rule.id() + "`");
                }
            }
            for (ApprovalType type : REGISTRY.ruleSet(authority).approvalTypes()) {
                if (type.origin().equals(authority)) {
                    assertThat(text).as("README lists %s %s", authority, type.id()).contains("`" + type.id() + "`");
                }
            }
        }
    }

    /** Tables and page breaks scatter whitespace and markup through the seeds; compare the words only. */
    private static String normalise(String text) {
        return text.replaceAll("<[^>]+>", " ")
                .replace("*", "")
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("\\s+", " ")
                .trim()
                .toLowerCase();
    }
}
