package io.casework.contracts;

import java.util.Optional;

/**
 * The decision kinds by which a manager authorises a pathway step's outcome before it opens anything (004 "Completing
 * a C&F Assessment", "Recording Outcomes from S47 Enquiries", "Strategy Discussions"; DOMAIN.md rule 20).
 * case-notes-service asks (pathway-outcome-requested), approvals-service routes the request to the decider of the
 * child's team and records the decision, and case-notes-service applies it to the step. The names are the approvals
 * catalogue's kinds. A kind of step not named here decides its outcome at once, with no manager's authorisation.
 */
public enum PathwayOutcomeDecision {
    /** A Child and Family Assessment's outcome (004 "Completing a C&F Assessment"). */
    CF_OUTCOME(PathwayStepKind.CF_ASSESSMENT),
    /** A section 47 enquiry's outcome (004 "Recording Outcomes from S47 Enquiries"). */
    S47_OUTCOME(PathwayStepKind.S47_ENQUIRY),
    /**
     * A strategy discussion's decision: whether the case goes to conference, and what happens next (004 "Strategy
     * Discussions").
     */
    STRATEGY_DISCUSSION_DECISION(PathwayStepKind.STRATEGY_DISCUSSION);

    private final PathwayStepKind step;

    PathwayOutcomeDecision(PathwayStepKind step) {
        this.step = step;
    }

    /**
     * The decision kind that authorises an outcome of this kind of step; empty when its outcomes take effect at once.
     */
    public static Optional<PathwayOutcomeDecision> forStep(PathwayStepKind kind) {
        for (PathwayOutcomeDecision decision : values()) {
            if (decision.step == kind) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }

    /** Whether a decision of this kind is a pathway outcome's. */
    public static boolean covers(String kind) {
        for (PathwayOutcomeDecision decision : values()) {
            if (decision.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
