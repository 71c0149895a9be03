package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service area's name and head of service (who must hold that post in the area); null leaves the post vacant. */
public record ServiceAreaRequest(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE)
        String headOfService) {
}
