package io.casework.timescales;

import java.util.Objects;

/**
 * One step of a request on its way to a decision: someone comments, or someone decides. Most kinds have one step, the
 * decision; a roll-back has the line manager's comments first (000's form: "Manager Comments", then "Head of Service
 * Comments").
 *
 * @param role   who takes the step
 * @param action whether they comment or decide
 * @param title  what the step is called on the request, in the seed's words where it has them
 */
public record ApprovalStage(ApprovalRole role, Action action, String title) {

    public enum Action {
        /** Adds comments for the decider; the request moves on whatever they say. */
        COMMENT,
        /** Approves or returns the request: the last step. */
        DECIDE
    }

    public ApprovalStage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(title, "title");
        if (action == Action.DECIDE && !role.isPost()) {
            throw new IllegalArgumentException("the " + role + " comments; only a management post decides");
        }
    }

    /** The single step of a kind that names none: the decider decides. */
    public static ApprovalStage decision(ApprovalRole decidedBy) {
        return new ApprovalStage(decidedBy, Action.DECIDE, "Decision");
    }
}
