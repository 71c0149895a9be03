package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One act on a pathway step, as kept on the child's chain. */
@Schema(description = "One act on a pathway step (started, scheduled, held, priority changed, outcome requested, "
        + "authorised, returned or decided, ended, case note linked) with its facts, who did it as they were then and "
        + "when: the step's history, sealed on the child's chain")
public record PathwayStepEntryDto(
        @Schema(description = "The entry's id", example = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e")
        UUID id,
        @Schema(description = "The step", example = "3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c")
        UUID stepId,
        @Schema(description = "What was done", example = "HELD")
        String act,
        @Schema(description = "Its facts", example = "{\"heldAt\": \"2026-11-26T09:30:00Z\"}")
        Map<String, Object> facts,
        @Schema(description = "Who did it (username)", example = "north.sw1")
        String by,
        @Schema(description = "Their name then", example = "Sam Worker")
        String byName,
        @Schema(description = "Their job title then", example = "Social Worker")
        String byDesignation,
        @Schema(description = "When, UTC", example = "2026-11-26T11:02:00Z")
        Instant at) {
}
