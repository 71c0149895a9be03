package io.casework.approvals.rest.dto;

import io.casework.contracts.Post;

import java.time.Instant;

/** A member of staff as the organisation model holds them; {@code leftAt} is set once they have left. */
public record StaffMemberDto(
        String username,
        String fullName,
        Post post,
        String team,
        String serviceArea,
        String supervisor,
        Instant leftAt,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
