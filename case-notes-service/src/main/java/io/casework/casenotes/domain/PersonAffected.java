package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person a significant event affected, named so that the chronology can be read for them (003 s.6: it "can
 * highlight people in the child's life"; "if the chronology represents a sibling group all children should be
 * clearly represented").
 */
@Schema(description = "A person the event affected: their name and their relationship to the child")
public record PersonAffected(
        @Schema(description = "Their name, as the chronology's personAffected filter matches it (any case)",
                example = "Ms A")
        @Size(max = InputLimits.NAME) String name,
        @Schema(description = "Their relationship to the child; \"Child\" for the child themself", example = "Mother")
        @Size(max = InputLimits.NAME) String relationship) {
}
