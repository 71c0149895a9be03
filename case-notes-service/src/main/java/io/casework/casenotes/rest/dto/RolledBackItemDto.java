package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.rollback.RolledBackKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Something a roll-back moved out of the current record: still held, and re-addable when it is a step. */
@Schema(description = "A pathway step or step entry a roll-back moved out of the current record; it is still held, "
        + "and a step can be re-added")
public record RolledBackItemDto(
        @Schema(description = "The roll-back that moved it", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID rollBackId,
        @Schema(description = "PATHWAY_STEP or PATHWAY_STEP_ENTRY", example = "PATHWAY_STEP")
        RolledBackKind kind,
        @Schema(description = "The step's or entry's id", example = "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e7a")
        UUID itemId,
        @Schema(description = "For an entry, its step; null for a step", example = "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5e7a")
        UUID stepId,
        @Schema(description = "For a re-added step, the new step that carries its content; null until re-added",
                example = "4e6a8c0e-2f1b-4d3c-8a5b-9c1d3e5f7a9b")
        UUID reAddedAs,
        @Schema(description = "Who re-added it; null until re-added", example = "north.sw1")
        String reAddedBy,
        @Schema(description = "When it was re-added, UTC; null until re-added", example = "2026-03-05T09:00:00Z")
        Instant reAddedAt) {
}
