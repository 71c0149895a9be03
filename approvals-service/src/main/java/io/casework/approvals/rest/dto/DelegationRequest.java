package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Someone to act for an absent approver, for a stated time, and why (issue 17). */
@Schema(description = "A delegation to record: who acts for whom, from when until when, and why")
public record DelegationRequest(
        @Schema(description = "Username of the absent approver, whose decisions the delegate may take",
                example = "north.pm")
        @NotBlank @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE)
        String delegator,
        @Schema(description = "Username of the member of staff who acts for them", example = "north.tm")
        @NotBlank @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE)
        String delegate,
        @Schema(description = "From when, UTC (ISO-8601 with offset Z); now or later", example = "2026-12-01T08:00:00Z")
        @NotNull Instant startsAt,
        @Schema(description = "Until when, UTC; after startsAt, in the future, and at most 92 days later",
                example = "2026-12-15T18:00:00Z")
        @NotNull Instant endsAt,
        @Schema(description = "Why, in plain words (annual leave, sickness, acting up)", example = "Annual leave",
                maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
