package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one child of a family visit saw of the visit: whether they were seen, alone, their bedroom, and which
 * statutory visit it was for them. The rest of the visit section is the family's, shared by every child's note.
 */
@Schema(description = "One child's own part of a family visit: whether they were seen, and alone, and which "
        + "statutory visit it was for them; the same rules as the visit section's fields")
public record ChildSeen(
        @Schema(description = "Which statutory visit it is for this child; for a STATUTORY_VISIT", example = "CIN")
        StatutoryVisitKind statutoryVisit,
        @Schema(description = "Whether this child was seen; left out for an unborn child (002 s.6)", example = "true")
        Boolean childSeen,
        @Schema(description = "Why this child was not seen; required when childSeen is false",
                example = "At nursery during the visit")
        @Size(max = InputLimits.PARAGRAPH) String childNotSeenReason,
        @Schema(description = "Whether this child was seen alone; required when they were seen", example = "false")
        Boolean seenAlone,
        @Schema(description = "Why this child was not seen alone; required when seenAlone is false",
                example = "Too young to be seen apart from her mother")
        @Size(max = InputLimits.PARAGRAPH) String notSeenAloneReason,
        @Schema(description = "Whether this child's bedroom was seen; required on a CP or CLA statutory visit",
                example = "true")
        Boolean bedroomSeen) {
}
