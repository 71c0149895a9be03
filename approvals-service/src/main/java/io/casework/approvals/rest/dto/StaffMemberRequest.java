package io.casework.approvals.rest.dto;

import io.casework.contracts.Post;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member joining, or their post, team or supervisor changing: the whole membership, replacing what was there.
 *
 * @param team        required for a post held in a team (social worker to team manager), else absent
 * @param serviceArea required for a senior manager or head of service; absent for a team post (the team's area
 *                    applies) and for an IRO or adoption team manager (across the authority)
 */
public record StaffMemberRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Post post,
        @Size(max = 60) String team,
        @Size(max = 60) String serviceArea,
        @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE) String supervisor) {
}
