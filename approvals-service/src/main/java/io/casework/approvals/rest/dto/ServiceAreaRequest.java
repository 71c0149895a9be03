package io.casework.approvals.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service area's name and head of service (who must hold that post in the area); null leaves the post vacant. */
@Schema(description = "A service area's name and head of service, replacing what was there")
public record ServiceAreaRequest(
        @Schema(description = "The service area's name", example = "Children's social care, service area 1")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Username of the head of service, who must hold the post of head of service in this "
                + "area; absent or null leaves the post vacant", example = "head.of.service")
        @Pattern(regexp = TeamUpdateRequest.USERNAME, message = TeamUpdateRequest.USERNAME_MESSAGE)
        String headOfService) {
}
