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

    public static final String REASONS_ALWAYS_REQUIRED = "comments are required for this kind of decision, "
            + "whether approved or returned: give the reasons";

    private DecisionRules() {
    }

    /**
     * The same, for a kind of decision that must give its reasons whatever the outcome (the catalogue says which): a
     * decision to let information leave the record, or to keep it there, says why (002 s.5, DOMAIN.md rule 20).
     */
    public static Optional<String> problem(Outcome outcome, String comments, boolean reasonsAlwaysRequired) {
        if (reasonsAlwaysRequired && outcome != null && (comments == null || comments.isBlank())) {
            return Optional.of(REASONS_ALWAYS_REQUIRED);
        }
        return problem(outcome, comments);
    }

    /** The problem with an outcome and its comments, or empty when the decision can be recorded. */
    public static Optional<String> problem(Outcome outcome, String comments) {
        if (outcome == Outcome.RETURNED && (comments == null || comments.isBlank())) {
            return Optional.of(REASONS_REQUIRED);
        }
        return Optional.empty();
    }
}
