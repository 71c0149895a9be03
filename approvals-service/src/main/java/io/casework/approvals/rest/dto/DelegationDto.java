package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A delegation as recorded, and whether it runs now. */
@Schema(description = "Who acts for an absent approver, from when until when, why, and who recorded it")
public record DelegationDto(
        @Schema(description = "The delegation's id", example = "5f0c1e2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b") UUID id,
        @Schema(description = "The absent approver", example = Person.Examples.PRACTICE_MANAGER) Person delegator,
        @Schema(description = "Who acts for them", example = Person.Examples.TEAM_MANAGER) Person delegate,
        @Schema(description = "From when, UTC") Instant startsAt,
        @Schema(description = "Until when it was planned to run, UTC") Instant endsAt,
        @Schema(description = "When it was ended early, UTC; null unless it was") Instant endedAt,
        @Schema(description = "Who ended it early; null unless someone did") Person endedBy,
        @Schema(description = "Why", example = "Annual leave", maxLength = 500) String reason,
        @Schema(description = "Who recorded it", example = Person.Examples.PRACTICE_MANAGER) Person recordedBy,
        @Schema(description = "When it was recorded, UTC") Instant recordedAt,
        @Schema(description = "Whether the delegate may act for the delegator at the time of the answer",
                example = "true")
        boolean running) {
}
