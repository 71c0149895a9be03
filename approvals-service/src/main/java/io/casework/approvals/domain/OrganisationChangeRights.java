package io.casework.approvals.domain;

import io.casework.backbone.access.StaffMember;
import io.casework.contracts.Post;

import java.util.Optional;

/**
 * Who may change the organisation model (ACCESS-RULES.md "Organisation", org.change): a head of service for the
 * teams, posts and membership of their own service area; an administrator, a realm role of its own, for service
 * areas and for the posts above or across the teams (senior manager, head of service, IRO, adoption team manager);
 * nobody else. The changer's post is the model's, not their token's.
 */
public final class OrganisationChangeRights {

    private OrganisationChangeRights() {
    }

    /** A refusal to give, or empty when the change is allowed. */
    public static Optional<String> forTeam(StaffMember changer, boolean administrator, String teamArea) {
        return headOfServiceOf(changer, teamArea) ? Optional.empty()
                : Optional.of("only the head of service of service area '" + teamArea + "' may change its teams"
                + (administrator ? " (an administrator sets up service areas and senior posts)" : ""));
    }

    /**
     * @param post        the post the member is to hold
     * @param areaBefore  the service area of the member's post before the change, null for a new member
     * @param areaAfter   the service area of the post after the change
     */
    public static Optional<String> forMember(StaffMember changer, boolean administrator, Post post, String areaBefore,
            String areaAfter) {
        if (post.scope() != Post.Scope.TEAM) {
            return administrator ? Optional.empty()
                    : Optional.of("only an administrator may appoint to the post " + post.name());
        }
        boolean both = headOfServiceOf(changer, areaAfter) && (areaBefore == null || headOfServiceOf(changer, areaBefore));
        return both ? Optional.empty()
                : Optional.of("only the head of service of the service area may change the membership of its teams");
    }

    public static Optional<String> forServiceArea(boolean administrator) {
        return administrator ? Optional.empty() : Optional.of("only an administrator may change service areas");
    }

    private static boolean headOfServiceOf(StaffMember changer, String area) {
        return changer != null && changer.post() == Post.HEAD_OF_SERVICE && area != null
                && area.equals(changer.serviceArea());
    }
}
