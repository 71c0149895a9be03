package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who disagrees with an entry: the child, a parent or a carer, by name and relationship (002 s.5, 003 s.5d). */
@Schema(description = "Who disputes the entry, by name and relationship to the child")
public record RaisedBy(
        @Schema(description = "Their name", example = "Sarah Harrison")
        @NotBlank @Size(max = InputLimits.NAME) String name,
        @Schema(description = "Their relationship to the child, or \"the child\" themselves", example = "Mother")
        @NotBlank @Size(max = InputLimits.NAME) String relationship) {
}
