package io.casework.approvals.domain;

import io.casework.timescales.ApprovalRequester;

import java.util.Collection;

/**
 * Who may ask for a kind of decision, as the catalogue names them (issue 17: each type says "who may ask"), against
 * the asker's relation to the child: their allocated worker, a member of the child's team, someone on the team's
 * management line, or any member of staff.
 */
public final class AskRights {

    private AskRights() {
    }

    public static boolean mayAsk(Collection<ApprovalRequester> askedBy, boolean allocated, boolean inTheTeam,
                                 boolean onTheLine) {
        return askedBy.stream().anyMatch(who -> switch (who) {
            case ANY_STAFF -> true;
            case ALLOCATED_WORKER -> allocated;
            case TEAM_MEMBER -> inTheTeam;
            case MANAGEMENT_LINE -> onTheLine;
        });
    }
}
