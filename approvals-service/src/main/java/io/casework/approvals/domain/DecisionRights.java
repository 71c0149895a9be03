package io.casework.approvals.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who may decide a request, by the organisation model as it is when the decision is made: someone who holds a post
 * on the team's management line now, at or above the post the catalogue names for the kind, and above the
 * requester's own post; the assignee, or someone above them. A removed approver holds no post and decides nothing;
 * when the assignee has left the line, anyone who qualifies may decide, never someone junior to the requester. Nobody
 * decides their own request: self-approval is refused by this rule, not by hiding a button.
 */
public final class DecisionRights {

    private DecisionRights() {
    }

    public static DecisionRight of(ManagementLine line, ManagementRole decidedBy, String assignee, String requestedBy,
            String decider) {
        return of(line, decidedBy, assignee, requestedBy, decider, Set.of(), false);
    }

    /**
     * The same, for a decider who acts for others during their absence (issue 17: acting up and delegation are
     * explicit, time-bound and recorded): someone with no right of their own may decide what was routed to a person
     * they act for now, in that person's place. Self-approval is refused first, delegated or not.
     *
     * <p>And a request escalated because its deadline was breached stays open to everyone who holds a deciding post on
     * the line, not only to its new assignee and above: the manager it passed can still record their late decision
     * (issue 17: never locked, as LCS locks a statutory visit note after five days, 004).
     *
     * @param actsFor   the people whose decisions {@code decider} holds by a delegation running now
     * @param escalated whether a breached deadline escalated the request
     */
    public static DecisionRight of(ManagementLine line, ManagementRole decidedBy, String assignee, String requestedBy,
            String decider, Set<String> actsFor, boolean escalated) {
        DecisionRight own = ownRight(line, decidedBy, assignee, requestedBy, decider);
        if (own == DecisionRight.NOT_ON_LINE && escalated && line.postOf(decider).isPresent()) {
            return DecisionRight.DECIDING_POST_AFTER_ESCALATION;
        }
        if (!own.allowed() && own != DecisionRight.SELF_APPROVAL && actsFor.contains(assignee)) {
            return DecisionRight.DELEGATE;
        }
        return own;
    }

    private static DecisionRight ownRight(ManagementLine line, ManagementRole decidedBy, String assignee,
            String requestedBy, String decider) {
        if (decider.equals(requestedBy)) {
            return DecisionRight.SELF_APPROVAL;
        }
        Optional<ManagementRole> deciderPost = line.postOf(decider);
        if (deciderPost.isEmpty()) {
            return DecisionRight.NOT_ON_LINE;
        }
        if (decidedBy.isAbove(deciderPost.get())) {
            return DecisionRight.BELOW_DECIDING_POST;
        }
        if (line.postOf(requestedBy).map(post -> !deciderPost.get().isAbove(post)).orElse(false)) {
            return DecisionRight.NOT_ABOVE_REQUESTER;
        }
        if (decider.equals(assignee)) {
            return DecisionRight.ASSIGNEE;
        }
        // An assignee who holds no post on the line any more (moved, left, replaced) is outranked by anyone who does.
        boolean above = line.postOf(assignee).map(assigneePost -> deciderPost.get().isAbove(assigneePost)).orElse(true);
        return above ? DecisionRight.ABOVE_ASSIGNEE : DecisionRight.NOT_ON_LINE;
    }
}
