package io.casework.approvals.domain;

import io.casework.contracts.Outcome;

import java.util.Optional;

/**
 * What a decision must carry (DOMAIN rule 20: who, when, the outcome and the reasons). Who and when come from the
 * token and the clock; the outcome and reasons from the approver. Returning work without saying why leaves its
 * author nothing to act on, so a return needs comments; an approval may stand without them.
 */
public final class DecisionRules {

    public static final String REASONS_REQUIRED = "comments are required when the outcome is RETURNED: "
            + "say what must change";

    private DecisionRules() {
    }

    /** The problem with an outcome and its comments, or empty when the decision can be recorded. */
    public static Optional<String> problem(Outcome outcome, String comments) {
        if (outcome == Outcome.RETURNED && (comments == null || comments.isBlank())) {
            return Optional.of(REASONS_REQUIRED);
        }
        return Optional.empty();
    }
}
