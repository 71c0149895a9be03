package io.casework.approvals.domain;

import java.util.Optional;

/**
 * Who a step about a restricted child goes to (001 "Restricted Records"; DOMAIN.md rule 9; ACCESS-RULES.md
 * "Restricted child").
 *
 * <p>A decision routed to someone off the record's list (a statutory visit's oversight, which goes to the practice
 * manager) goes to the child's team manager instead, who is on the list of every restricted record. When the team
 * manager's post is vacant, or the team manager is the one asking, the request stays with whom the line named: a
 * request routed to nobody is a decision nobody makes, and the decider sees the request's fields, not the record,
 * which stays closed to them.
 *
 * <p>An alert of a refused attempt goes to the manager for the area: the senior manager on the child's team's line,
 * who manages the teams of the area, or, when that post is vacant, the head of service of the area.
 */
public final class RestrictedRecordRouting {

    private RestrictedRecordRouting() {
    }

    /**
     * @param routed        who {@link ApproverRouting} named
     * @param routedOffList whether they are off the child's restricted list (false for an unrestricted child)
     * @param line          the child's team's management line
     * @param requester     who asked
     * @return who the request goes to
     */
    public static String reroute(String routed, boolean routedOffList, ManagementLine line, String requester) {
        if (!routedOffList) {
            return routed;
        }
        return line.holderOf(ManagementRole.TEAM_MANAGER).filter(manager -> !manager.equals(requester))
                .orElse(routed);
    }

    /** The manager for the area of the child's team, or empty when neither post is held. */
    public static Optional<String> managerForArea(ManagementLine line) {
        return line.holderOf(ManagementRole.SENIOR_MANAGER).or(() -> line.holderOf(ManagementRole.HEAD_OF_SERVICE));
    }
}
