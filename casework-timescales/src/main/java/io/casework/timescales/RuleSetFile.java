package io.casework.timescales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The shapes of a rule set file as written, before checking. Every field is nullable here
 * and plain text where the model has an enum, so that a bad value becomes a clear problem
 * naming the file and rule instead of a bare Jackson error.
 */
final class RuleSetFile {

    private RuleSetFile() {
    }

    /** The file's top level. Rules stay as JSON trees so that each can be read, and blamed, on its own. */
    record RawRuleSet(
            String authority,
            String title,
            String document,
            @JsonProperty("extends") String extendsAuthority,
            String description,
            List<JsonNode> rules,
            List<JsonNode> visitFrequencies,
            List<JsonNode> approvalTypes) {
    }

    record RawRule(
            String id,
            String what,
            String trigger,
            RawTimescale timescale,
            String direction,
            Boolean recurring,
            RawTimescale every,
            String follows,
            Boolean overrides,
            RawSource source,
            String reading,
            List<JsonNode> opensOn,
            List<JsonNode> metBy,
            List<JsonNode> cancelledBy,
            String owner,
            List<JsonNode> escalateTo,
            String untrackedBecause) {
    }

    /** One step of {@code escalateTo}. */
    record RawEscalation(String role, RawTimescale after) {
    }

    /** {@code amount} and {@code unit}; for an {@code AGE}, {@code years} and {@code months} instead of the amount. */
    record RawTimescale(Integer amount, String unit, Integer years, Integer months) {
    }

    record RawSource(String document, String section, String quote) {
    }

    /** A file that parsed and passed its own checks, waiting for {@code extends} to be resolved. */
    record CheckedFile(String fileName, RawRuleSet header, List<CheckedRule> rules,
                       List<VisitFrequencyReader.CheckedFrequency> frequencies,
                       List<ApprovalTypeReader.CheckedApprovalType> approvalTypes) {
    }

    /** A rule that passed its checks, with whether it declared itself an override. */
    record CheckedRule(TimescaleRule rule, boolean overrides) {
    }
}
