package io.casework.backbone.access;


import java.util.Objects;

/**
 * Who may open a team's or a service area's views (deadlines' worktrays, visits' compliance): those who manage it, as
 * the organisation model holds them (ACCESS-RULES "team-line" and "area-line"), never a token's claim. Opening a view
 * is not access to any child: each child it lists is still shown only as the access policy lists it (Y or P on
 * record.read).
 */
public final class TeamViewRights {

    private TeamViewRights() {
    }

    /** A team's practice manager and team manager, and the senior manager and head of service of its area. */
    public static boolean mayOpenTeam(StaffMember member, String team, String teamServiceArea) {
        if (member.post().isTeamLine()) {
            return team.equals(member.team());
        }
        return mayOpenServiceArea(member, teamServiceArea);
    }

    /** The senior manager and head of service of the area. */
    public static boolean mayOpenServiceArea(StaffMember member, String serviceArea) {
        return member.post().isAreaLine() && serviceArea != null && Objects.equals(serviceArea, member.serviceArea());
    }
}
