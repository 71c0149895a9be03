package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The interpreter used, by name, language and source (001, 003 s.4). */
@Schema(description = "The interpreter used, by name, language and where they came from (001, 003 s.4); absent when "
        + "none was used. Submitting needs all three")
public record Interpreter(
        @Schema(description = "The interpreter's name", example = "Amira Haddad")
        @Size(max = InputLimits.NAME) String name,
        @Schema(description = "The language interpreted", example = "Arabic")
        @Size(max = InputLimits.NAME) String language,
        @Schema(description = "CONTRACTED (an interpreting service), STAFF, FAMILY or FRIEND", example = "CONTRACTED")
        InterpreterSource source) {
}
