package io.casework.visits.domain;

import java.util.Objects;

/**
 * Who may see a child's visits: staff of the child's own team, and those whose responsibility spans every team
 * (senior managers and heads of service). The narrower rules of allocation, management line and restriction are
 * case-notes-service's to enforce on the record itself; visit dates are planning data a whole team works from.
 */
public final class TeamAccess {

    private TeamAccess() {
    }

    public static boolean maySee(boolean seesEveryTeam, String callerTeam, String childTeam) {
        Objects.requireNonNull(childTeam, "childTeam");
        return seesEveryTeam || (callerTeam != null && !callerTeam.isBlank() && callerTeam.equals(childTeam));
    }
}
