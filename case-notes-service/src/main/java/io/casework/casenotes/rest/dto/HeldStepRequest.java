package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The record of a meeting step that was held. */
@Schema(description = "The record of a meeting on the pathway that was held: when, its chair, who took part with "
        + "their input, and the kind's facts known only now (a strategy discussion's reasons and alleged abuse "
        + "category: 004 \"Strategy Discussions\")")
public record HeldStepRequest(
        @Schema(description = "When it was held, an ISO-8601 date and time, not in the future nor before the step's "
                + "start", example = "2026-11-26T09:30:00Z")
        @NotNull Instant heldAt,
        @Schema(description = "Who chaired it; required for a conference and a looked-after review",
                example = "Chris Chair (child protection chair)")
        @Size(max = InputLimits.NAME) String chair,
        @Schema(description = "Who took part, with their input")
        @NotNull @Size(min = 1, max = InputLimits.LIST_ITEMS) List<@Valid @NotNull ParticipantDto> participants,
        @Schema(description = "Facts of the kind's detailsSchema known once it was held, added to those it started "
                + "with", example = "{\"reasons\": \"Bruising seen at school\", \"allegedAbuseCategory\": "
                + "\"PHYSICAL_ABUSE\"}")
        Map<String, Object> details) {
}
