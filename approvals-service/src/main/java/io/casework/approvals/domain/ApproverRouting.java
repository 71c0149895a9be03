package io.casework.approvals.domain;

import java.util.Optional;

/**
 * Who a request goes to. The catalogue names the post that decides a kind of request (statutory visit oversight:
 * the practice manager, 004); the team's management line names the person in that post.
 *
 * <p>Two refinements keep the decision honest. A request never goes to the person who made it, nor to someone below
 * them: a practice manager's own note goes to their team manager. And a vacant post passes the request up the line
 * to the next person who holds a post, because a request routed to nobody is a decision nobody makes.
 */
public final class ApproverRouting {

    private ApproverRouting() {
    }

    /**
     * @param line      the team's management line
     * @param decidedBy the post the catalogue says decides this kind of request
     * @param requester the username of the person asking
     * @return the username of the approver
     * @throws NoApproverException when no post from {@code decidedBy} upwards (and above the requester) is held
     */
    public static String route(ManagementLine line, ManagementRole decidedBy, String requester) {
        Optional<ManagementRole> requesterPost = line.postOf(requester);
        for (ManagementRole role : ManagementRole.values()) {
            boolean highEnough = !decidedBy.isAbove(role);
            boolean aboveRequester = requesterPost.map(role::isAbove).orElse(true);
            if (highEnough && aboveRequester) {
                Optional<String> holder = line.holderOf(role);
                if (holder.isPresent() && !holder.get().equals(requester)) {
                    return holder.get();
                }
            }
        }
        throw new NoApproverException("no approver configured for team '" + line.team() + "': no "
                + decidedBy.name().toLowerCase().replace('_', ' ') + " or anyone above on its management line"
                + " other than the requester " + requester);
    }

    /**
     * Where a request goes when it must move up: its assignee left the line or the team, or its deadline was breached
     * (issue 17: "re-routed upward to the next person entitled to decide, never sideways or down"). The first holder
     * of a post strictly above {@code floor} (the post the request was with) who is above the requester and is not the
     * requester; empty when nobody above holds a post, and the request must stay where it is.
     */
    public static Optional<String> routeAbove(ManagementLine line, ManagementRole floor, String requester) {
        Optional<ManagementRole> requesterPost = line.postOf(requester);
        for (ManagementRole role : ManagementRole.values()) {
            boolean aboveRequester = requesterPost.map(role::isAbove).orElse(true);
            Optional<String> holder = line.holderOf(role);
            if (role.isAbove(floor) && aboveRequester && holder.isPresent() && !holder.get().equals(requester)) {
                return holder;
            }
        }
        return Optional.empty();
    }
}
