package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RemovalCriteria;
import io.casework.casenotes.domain.RemovalRequestState;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request to remove information from a note, where it stands, and once decided the decision. */
@Schema(description = "A request to remove factually inaccurate personal information from a finalised note, and "
        + "where it stands: PENDING with a manager, APPROVED (removed) or REJECTED (nothing removed)")
public record InformationRemovalRequestDto(
        @Schema(description = "The removal request's id", example = "9b1f2e3d-4c5a-4b6e-8f7a-1c2d3e4f5a6b")
        UUID id,
        @Schema(description = "The note", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "The child whose record the note is on", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The version of the note it names", example = "1", minimum = "1")
        int version,
        @Schema(description = "The parts of that version it names", example = "[\"NARRATIVE\"]",
                maxItems = NoteContentField.COUNT)
        List<NoteContentField> fields,
        @Schema(description = "What kind of personal information it is", example = "HEALTH")
        PersonalInformationKind informationKind,
        @Schema(description = "Whose information it is", example = "THIRD_PARTY")
        PersonConcerned concerns,
        @Schema(description = "Why it is factually inaccurate and how that is known, in the requester's words",
                example = "The narrative records a neighbour's diagnosis, written on this record by mistake.")
        String reason,
        @Schema(description = "Why the criteria for removal are met, in the requester's words")
        RemovalCriteria criteria,
        @Schema(description = "PENDING until a manager decides; then APPROVED (removed) or REJECTED (nothing "
                + "removed), for good", example = "PENDING")
        RemovalRequestState state,
        @Schema(description = "Who asked: full name, designation and team as they were when asking",
                example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "When they asked, UTC (ISO-8601 with offset Z)", example = "2026-03-03T15:40:00Z")
        Instant requestedAt,
        @Schema(description = "The manager's decision; null while PENDING")
        RemovalDecisionDto decision) {
}
