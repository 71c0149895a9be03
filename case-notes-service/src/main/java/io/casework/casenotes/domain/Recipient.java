package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom information was shared with: name, job title, organisation and contact details (002 s.6). */
@Schema(description = "Whom the information was shared with (002 s.6: name, job title and contact details)")
public record Recipient(
        @Schema(description = "Their name", example = "DC Tom Price")
        @Size(max = InputLimits.NAME) String name,
        @Schema(description = "Their job title", example = "Detective Constable")
        @Size(max = InputLimits.NAME) String jobTitle,
        @Schema(description = "Their organisation", example = "Greater Manchester Police, public protection unit")
        @Size(max = InputLimits.NAME) String organisation,
        @Schema(description = "How to reach them", example = "0161 555 0100, tom.price@example.police.uk")
        @Size(max = InputLimits.LINE) String contact) {
}
