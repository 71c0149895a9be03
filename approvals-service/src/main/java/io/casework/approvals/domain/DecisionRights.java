package io.casework.approvals.domain;

import java.util.Optional;

/**
 * Who may decide a request: the assignee, or someone above the assignee on the team's management line (so a team
 * manager can decide for an absent practice manager), and never the person who asked. Self-approval is refused by
 * this rule, not by hiding a button.
 */
public final class DecisionRights {

    private DecisionRights() {
    }

    public static DecisionRight of(ManagementLine line, String assignee, String requestedBy, String decider) {
        if (decider.equals(requestedBy)) {
            return DecisionRight.SELF_APPROVAL;
        }
        if (decider.equals(assignee)) {
            return DecisionRight.ASSIGNEE;
        }
        Optional<ManagementRole> deciderPost = line.postOf(decider);
        if (deciderPost.isEmpty()) {
            return DecisionRight.NOT_ON_LINE;
        }
        // An assignee who holds no post on the line (moved team since) is outranked by anyone who does.
        boolean above = line.postOf(assignee).map(assigneePost -> deciderPost.get().isAbove(assigneePost)).orElse(true);
        return above ? DecisionRight.ABOVE_ASSIGNEE : DecisionRight.NOT_ON_LINE;
    }
}
