package io.casework.casenotes.rest.dto;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RestrictionRequestState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A request to restrict a child's record (or lift its restriction), and the decision once made. */
@Schema(description = "A request to restrict a child's record, or to lift its restriction, and the head of service's "
        + "decision once made (001 \"Restricted Records\")")
public record ChildRestrictionRequestDto(
        @Schema(description = "The request's id", example = "6b1f0c3e-8a2d-4e5f-9c1b-2d3e4f5a6b7c")
        UUID id,
        @Schema(description = "The child whose record it is about", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The restriction asked for: ADOPTION, OTHER, or NONE to lift it", example = "OTHER")
        Restriction restriction,
        @Schema(description = "Why, as the requester gave it",
                example = "The child's mother has joined the north team as a family support worker")
        String reasons,
        @Schema(description = "PENDING the head of service's decision, APPROVED (applied to the record) or REFUSED "
                + "(nothing changed)", example = "PENDING")
        RestrictionRequestState state,
        @Schema(description = "Who asked, as they were when asking", example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-03-02T10:15:00Z")
        Instant requestedAt,
        @Schema(description = "The decision; null while pending")
        RestrictionDecisionDto decision) {
}
