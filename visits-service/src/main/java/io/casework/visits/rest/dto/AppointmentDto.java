package io.casework.visits.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A visit a worker arranged ahead, and how it stands against the visit due. */
@Schema(description = "A visit arranged ahead, with how it stands against the due date of the visit now waiting")
public record AppointmentDto(
        @Schema(description = "The appointment's id", example = "3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1a")
        UUID id,
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The day arranged, an ISO-8601 date in England", example = "2026-03-04")
        LocalDate visitDate,
        @Schema(description = "Whether the family will be told beforehand", example = "false")
        boolean announced,
        @Schema(description = "The due date of the visit now waiting; null when none is", example = "2026-03-06")
        LocalDate dueDate,
        @Schema(description = "Whether the day arranged is on or before that due date; null when no visit waits",
                example = "true")
        Boolean beforeDueDate,
        @Schema(description = "Who arranged it", example = Person.Examples.SOCIAL_WORKER)
        Person arrangedBy,
        @Schema(description = "When, an ISO-8601 instant", example = "2026-02-27T10:15:00Z")
        Instant arrangedAt,
        @Schema(description = "When it was cancelled; null while it stands", example = "2026-03-03T09:00:00Z")
        Instant cancelledAt) {
}
