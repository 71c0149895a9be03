package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A step's end: when and why. */
@Schema(description = "A pathway step's end (a placement, a plan, an episode): the date and why; the steps that are "
        + "part of it end with it")
public record EndStepRequest(
        @Schema(description = "The date it ended, an ISO-8601 date, not before its start nor after today",
                example = "2026-11-26")
        @NotNull LocalDate endDate,
        @Schema(description = "Why it ended", example = "Moved to a long-term foster placement")
        @NotBlank @Size(max = InputLimits.LINE) String reason) {
}
