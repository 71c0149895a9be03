package io.casework.backbone.access.enforce;

import io.casework.backbone.access.TeamViewRights;
import io.casework.backbone.access.readmodel.OrgTeam;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The check before a team's view (deadlines' worktray, visits' compliance): the team is one the organisation model
 * holds, and the caller manages it ({@link TeamViewRights}), as the model holds them now.
 */
@ApplicationScoped
public class TeamViews {

    @Inject
    StoredOrganisation organisation;

    @Inject
    Caller caller;

    /**
     * @param refusal what the 403 says the view is for
     * @throws jakarta.ws.rs.WebApplicationException 404 for a team the organisation model does not hold, 403 for
     *                                                anyone who does not manage it
     */
    public void requireManagerOf(String team, String refusal) {
        OrgTeam known = OrgTeam.findById(team);
        if (known == null) {
            throw Problems.notFound("team", team);
        }
        boolean manages = organisation.member(caller.username())
                .map(me -> TeamViewRights.mayOpenTeam(me, team, known.serviceArea)).orElse(false);
        if (!manages) {
            throw Problems.accessRefused(refusal);
        }
    }
}
