package io.casework.contracts.events;

import java.time.Instant;

/**
 * A member of staff joined, changed post, team or supervisor, or left (approvals-service's organisation model). The
 * whole member is carried, not the difference, so a read model applies the latest version and ignores older ones.
 *
 * @param team        the team, for a post held in a team; null otherwise
 * @param serviceArea the service area the post sits in; null for a post across the authority (IRO, adoption)
 * @param supervisor  the username of the senior practitioner or manager who supervises this person, or null
 * @param left        true once the person has left: they hold no post and see nothing
 * @param version     increases by one with every change to this member
 */
public record StaffMemberChanged(
        String username,
        String fullName,
        String post,
        String team,
        String serviceArea,
        String supervisor,
        boolean left,
        long version,
        String changedBy,
        Instant changedAt) {
}
