package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The entry records a significant event for the chronology: what happened, and who has been affected and how (003
 * s.6, its example table; 003 s.6b: "significant observation during home visits" counts, whatever the entry's type).
 */
@Schema(description = "A significant event for the chronology (003 s.6): what happened and who has been affected and "
        + "how; the event's date is the note's. Required on a SIGNIFICANT_EVENT note, allowed on any other")
public record SignificantEvent(
        @Schema(description = "What happened", example = "Police called to the home after an argument; Mr B arrested")
        @Size(max = InputLimits.PARAGRAPH) String whatHappened,
        @Schema(description = "Who has been affected and how",
                example = "Leo and Ava heard the argument; Ms A is unable to meet their needs while injured")
        @Size(max = InputLimits.PARAGRAPH) String whoIsAffectedAndHow) {
}
