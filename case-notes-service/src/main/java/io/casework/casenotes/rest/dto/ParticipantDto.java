package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.contracts.ParticipantAgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One who took part in a meeting step, with their input. */
@Schema(description = "One who took part in a meeting on the pathway, with their input (004 \"Strategy "
        + "Discussions\": \"reference to each Attendee and recording their input\")")
public record ParticipantDto(
        @Schema(description = "Their name", example = "DC Priya Shah")
        @NotBlank @Size(max = InputLimits.NAME) String name,
        @Schema(description = "Their role", example = "Detective constable, child abuse investigation unit")
        @NotBlank @Size(max = InputLimits.NAME) String role,
        @Schema(description = "Their agency", example = "POLICE")
        @NotNull ParticipantAgency agency,
        @Schema(description = "Whether they took part as a manager of their agency (004: a strategy discussion "
                + "includes a children's social care manager)", example = "false")
        boolean manager,
        @Schema(description = "What they contributed", example = "Police hold no previous reports for the address")
        @Size(max = InputLimits.PARAGRAPH) String input) {
}
