package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One part of a note version whose content was removed as factually inaccurate personal information (002 s.5): what
 * the record shows in its place, with the removal's facts and never the removed text.
 */
@Schema(description = "A part of this version whose content was removed as factually inaccurate personal "
        + "information (002 s.5). The part itself shows a marker (a text part) or null (a section: visit, "
        + "parentsAndCarers, statements, interpreter, contact, keepInTouch, informationSharing, withheld, "
        + "significantEvent); this says what kind of information went, when, at whose request and on whose decision. "
        + "The removed content is never shown")
public record RemovedInformationDto(
        @Schema(description = "The part removed: a text part or a section", example = "NARRATIVE")
        NoteContentField field,
        @Schema(description = "What kind of personal information it was", example = "HEALTH")
        PersonalInformationKind informationKind,
        @Schema(description = "Whose information it was", example = "THIRD_PARTY")
        PersonConcerned concerns,
        @Schema(description = "When it was removed, UTC (ISO-8601 with offset Z)", example = "2026-03-04T10:20:01Z")
        Instant removedAt,
        @Schema(description = "Who asked for the removal: full name as it was when they asked; designation and team "
                + "as the organisation model holds them now", example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "The manager on whose decision it was removed: full name and designation as they were "
                + "when deciding", example = Person.Examples.TEAM_MANAGER)
        Person decidedBy,
        @Schema(description = "The decision: its approval request in approvals-service",
                example = "3f2c8a4e-7b1d-4c2a-9e5f-1a2b3c4d5e6f")
        UUID approvalRequestId,
        @Schema(description = "The removal request it answered (GET /case-notes/{noteId}/removal-requests)",
                example = "9b1f2e3d-4c5a-4b6e-8f7a-1c2d3e4f5a6b")
        UUID removalRequestId) {
}
