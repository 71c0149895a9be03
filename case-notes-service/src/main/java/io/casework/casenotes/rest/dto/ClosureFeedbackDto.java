package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Feedback to the referrer recorded on a closure. */
@Schema(description = "Feedback given to the referrer, recorded on the closure (sealed on the child's chain)")
public record ClosureFeedbackDto(
        @Schema(description = "The entry's id on the child's chain", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
        UUID id,
        @Schema(description = "The feedback, as given",
                example = "Wrote to the referring GP on 30 November: the case closed, the family accepted Early Help")
        String feedback,
        @Schema(description = "Who recorded it, as they were then", example = Person.Examples.SOCIAL_WORKER)
        Person recordedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-11-30T09:00:00Z")
        Instant recordedAt) {
}
