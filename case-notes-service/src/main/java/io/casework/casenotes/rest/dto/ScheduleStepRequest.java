package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** When a meeting step is to be held, and by whom chaired. */
@Schema(description = "When a meeting on the pathway (a conference, a review, a strategy discussion) is to be held, "
        + "and its chair; a meeting scheduled again says why")
public record ScheduleStepRequest(
        @Schema(description = "When it is to be held, an ISO-8601 date and time, not before the step's start",
                example = "2026-12-03T10:00:00Z")
        @NotNull Instant scheduledFor,
        @Schema(description = "Who will chair it", example = "Chris Chair (child protection chair)")
        @Size(max = InputLimits.NAME) String chair,
        @Schema(description = "Why it moves: required when it was scheduled before", example = "The police officer "
                + "in the case is in court that day")
        @Size(max = InputLimits.LINE) String reasons) {
}
