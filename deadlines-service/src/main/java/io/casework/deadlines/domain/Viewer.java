package io.casework.deadlines.domain;

import io.casework.backbone.security.Roles;

import java.util.Objects;
import java.util.Set;

/**
 * Who is looking at deadlines, and so which ones they may see. Staff see their own team's deadlines; senior managers
 * and heads of service look across teams (their management line spans the service area, 002 s.5).
 *
 * @param username the caller's username; a deadline's assignee is a username
 * @param team     the caller's team, as their token says
 * @param roles    the caller's realm roles
 */
public record Viewer(String username, String team, Set<String> roles) {

    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(team, "team");
        roles = Set.copyOf(roles);
    }

    /** Senior managers and heads of service see every team's deadlines. */
    public boolean seesEveryTeam() {
        return roles.contains(Roles.SENIOR_MANAGER) || roles.contains(Roles.HEAD_OF_SERVICE);
    }

    public boolean maySee(String deadlineTeam) {
        return seesEveryTeam() || (!team.isBlank() && team.equals(deadlineTeam));
    }

    /**
     * Practice and team managers give management oversight (004), so their worktray holds their team's pending
     * oversight deadlines, not only those assigned to them by name.
     */
    public boolean overseesTeam() {
        return !team.isBlank() && (roles.contains(Roles.PRACTICE_MANAGER) || roles.contains(Roles.TEAM_MANAGER));
    }
}
