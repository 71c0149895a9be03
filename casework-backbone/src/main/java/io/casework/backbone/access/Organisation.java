package io.casework.backbone.access;

import java.util.Optional;

/** The organisation model as the access policy needs it: who holds which post now. */
public interface Organisation {

    /** The member with this username, empty if they hold no post (left, never joined). */
    Optional<StaffMember> member(String username);

    /** The service area a team belongs to, empty for a team the model does not know. */
    Optional<String> serviceAreaOf(String team);
}
