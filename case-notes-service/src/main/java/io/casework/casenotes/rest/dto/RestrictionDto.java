package io.casework.casenotes.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.casework.backbone.access.Restriction;
import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether a child's record is restricted, and the decision that made it so: nothing else of the child, since the head
 * of service who decides sees the access facts, not the record (ACCESS-RULES.md "Restricted child"). The record's
 * version goes out as the ETag alone, for the If-Match of the next decision.
 */
@Schema(description = "The record's restriction and the decision behind it (001 \"Restricted Records\"); nothing "
        + "else of the child")
public record RestrictionDto(
        @Schema(description = "The child's id", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "NONE, ADOPTION (open only to the allocated worker, the team manager, the team's senior "
                + "practitioners, the adoption team manager and the assigned IRO) or OTHER (open only to the "
                + "allocated worker, the team manager, the worker's supervisor and, for a looked-after child, the "
                + "assigned IRO)", example = "OTHER")
        Restriction restriction,
        @Schema(description = "The head of service who made the last decision, as they were then; null when none "
                + "was ever made", example = Person.Examples.HEAD_OF_SERVICE)
        Person decidedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z); null when no decision was ever made",
                example = "2026-03-02T10:15:00Z")
        Instant decidedAt,
        @Schema(description = "Why, as the head of service gave it; null when no decision was ever made",
                example = "The child's mother works in the north team")
        String reason,
        @JsonIgnore @Schema(hidden = true)
        long version) {
}
