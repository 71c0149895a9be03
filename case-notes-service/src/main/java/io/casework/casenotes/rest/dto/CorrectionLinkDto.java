package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.NoteStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An amendment or dispute note that names this entry (001 "Case Record Integrity", 002 s.5). */
@Schema(description = "An amendment or dispute note that names this entry: open it for what it says and why")
public record CorrectionLinkDto(
        @Schema(description = "The amendment or dispute note", example = "9c2e4a6b-8d0f-4b1a-9c3e-5a7b9d1f3e5a")
        UUID noteId,
        @Schema(description = "DRAFT, SUBMITTED or FINAL (an amendment is final at once)", example = "FINAL")
        NoteStatus status,
        @Schema(description = "When it was recorded, UTC (ISO-8601 with offset Z)", example = "2026-11-25T09:12:00Z")
        Instant recordedAt,
        @Schema(description = "Who recorded it, as they were when they did", example = Person.Examples.TEAM_MANAGER)
        Person recordedBy) {
}
