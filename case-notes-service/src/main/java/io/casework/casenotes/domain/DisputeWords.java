package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who disputes an entry and their disagreement in their own words, as a DISPUTE draft is edited (002 s.5). */
@Schema(description = "Who disputes the entry and their disagreement in their own words; only on a DISPUTE draft")
public record DisputeWords(
        @Schema(description = "Who disputes it") @Valid RaisedBy raisedBy,
        @Schema(description = "Their disagreement, in their own words",
                example = "I did not shout at the social worker. I asked her to come back when Leo was home.")
        @Size(max = InputLimits.PARAGRAPH) String theirWords) {
}
