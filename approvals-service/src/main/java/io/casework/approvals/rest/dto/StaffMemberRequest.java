package io.casework.approvals.rest.dto;

import io.casework.contracts.Post;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member joining, or their post, team or supervisor changing: the whole membership, replacing what was there.
 *
 * @param email       where they get mail about their inbox (issue 17); absent for none, and then they get none
 * @param team        required for a post held in a team (social worker to team manager), else absent
 * @param serviceArea required for a senior manager or head of service; absent for a team post (the team's area
 *                    applies) and for an IRO or adoption team manager (across the authority)
 */
@Schema(description = "A member's whole membership: name, e-mail address, post, team or service area, and supervisor")
public record StaffMemberRequest(
        @Schema(description = "Full name as the record is to show it", example = "Sam Example")
        @NotBlank @Size(max = 200) String fullName,
        @Schema(description = "Where they get an e-mail for each notification in their inbox; the e-mail says what "
                + "kind of notification waits, never anything about the child. Absent for none: they then get no "
                + "mail. Replaced like the rest: leaving it out of a change removes it",
                example = "sam.example@casework.example", maxLength = 254)
        @Email @Size(min = 3, max = 254) String email,
        @Schema(description = "The post they hold", example = "SOCIAL_WORKER")
        @NotNull Post post,
        @Schema(description = "The team's id: required for a post held in a team (social worker, senior "
                + "practitioner, practice manager, team manager), absent otherwise", example = "north")
        @Size(max = 60) String team,
        @Schema(description = "The service area's id: required for a senior manager or head of service; absent "
                + "for a team post (the team's area applies) and for an IRO or adoption team manager",
                example = "service-area-1")
        @Size(max = 60) String serviceArea,
        @Schema(description = "Username of the member of staff who supervises them; absent for nobody",
                example = "north.pm")
        @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE) String supervisor) {
}
