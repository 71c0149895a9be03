package io.casework.backbone.access;

import io.casework.contracts.Post;

import java.util.Objects;

/**
 * A member of staff as the organisation model holds them now: the model, not a token claim, says what a person's
 * post and team are.
 *
 * @param team        the team for a post held in a team, else null
 * @param serviceArea the service area of the post, null for a post across the authority (IRO, adoption)
 * @param supervisor  who supervises this person, or null
 */
public record StaffMember(String username, String fullName, Post post, String team, String serviceArea,
                          String supervisor) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(post, "post");
    }

    /** The job title shown on the access log (002 s.5). */
    public String designation() {
        return Posts.title(post);
    }
}
