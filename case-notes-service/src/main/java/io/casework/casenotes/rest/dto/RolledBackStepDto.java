package io.casework.casenotes.rest.dto;

import io.casework.contracts.PathwayStepKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One pathway step a roll-back takes out of the current record: the event and its date. */
@Schema(description = "A pathway step the roll-back takes out of the current record, with its event and date")
public record RolledBackStepDto(
        @Schema(description = "The step's id", example = "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e7a")
        UUID stepId,
        @Schema(description = "The step's kind: the event", example = "CF_ASSESSMENT")
        PathwayStepKind kind,
        @Schema(description = "The step's start date, ISO-8601", example = "2026-03-02")
        LocalDate startDate) {
}
