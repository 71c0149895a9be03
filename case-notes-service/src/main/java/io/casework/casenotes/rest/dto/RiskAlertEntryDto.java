package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.repository.RiskAlertEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One act on a risk alert, as kept on the child's chain: its history, reviews included. */
@Schema(description = "One act on a risk alert (requested, approved or refused by the head of service, continued at "
        + "a review, ended) with its facts, who did it as they were then and when, sealed on the child's chain")
public record RiskAlertEntryDto(
        @Schema(description = "The entry's id on the child's chain", example = "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f")
        UUID id,
        @Schema(description = "REQUESTED, APPROVED, REFUSED, CONTINUED (reviewed and kept) or ENDED",
                example = "CONTINUED")
        RiskAlertEntry.Act act,
        @Schema(description = "Its facts: for a review, its reasons (when the next review is due is on the alert, "
                + "from deadlines-service)", example = "{\"reasons\": \"The dog is still kept at the address\"}")
        Map<String, Object> facts,
        @Schema(description = "Who did it, as they were then", example = Person.Examples.HEAD_OF_SERVICE)
        Person by,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-27T10:15:00Z")
        Instant at) {
}
