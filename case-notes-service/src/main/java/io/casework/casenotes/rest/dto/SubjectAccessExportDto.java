package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything case-notes-service holds about a child, as a subject access request is answered (002 s.9, UK GDPR
 * Art. 15): the child's details and their history, every final note at its current version, the chronology, every
 * document held (its copy sent alongside), less what a manager withheld, which is listed by category and count only (002 s.8). Written field by field as it is
 * read, in this order, so that a record of any length is streamed, not held.
 */
@Schema(description = "Everything held about the child in the case record, as given to the requester (002 s.9): "
        + "what was withheld is counted by category, never shown (002 s.8)")
public record SubjectAccessExportDto(
        @Schema(description = "The request answered", example = "7c9e6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID requestId,
        @Schema(description = "Who asked", example = "Sarah Example")
        String requesterName,
        @Schema(description = "The day the request was received", example = "2026-11-20")
        LocalDate receivedOn,
        @Schema(description = "The day it was produced, in England", example = "2026-12-01")
        LocalDate producedOn,
        @Schema(description = "When it was produced, UTC", example = "2026-12-01T16:45:00Z")
        Instant producedAt,
        @Schema(description = "Who produced it", example = Person.Examples.TEAM_MANAGER)
        Person producedBy,
        @Schema(description = "The child's details as the record holds them now")
        ChildDto child,
        @Schema(description = "How the child's details, allocation and restriction changed over time, oldest first")
        List<RecordChangeDto> recordHistory,
        @Schema(description = "Items withheld, counted by category; never their content (002 s.8)")
        List<WithheldCountDto> withheld,
        @Schema(description = "How many items were withheld in all", example = "2")
        long withheldCount,
        @Schema(description = "How the rest of what is held reaches the requester: copies of the documents listed "
                + "are enclosed separately", example = "Copies of the letters, reports and photographs listed here "
                + "are sent with this record, each as a file of its own.")
        String notIncluded,
        @Schema(description = "The significant events of the child's life as the record keeps them (the chronology), "
                + "oldest first, from the final notes not withheld whole")
        List<ChronologyItemDto> chronology,
        @Schema(description = "Every document held on the record (letters, reports, photos; superseded versions too, "
                + "as they are still held), oldest added first, less those withheld (counted in withheld)")
        List<ExportDocumentDto> documents,
        @Schema(description = "Every step of the child's pathway held (contacts, assessments, meetings, plans, "
                + "episodes), oldest first, each with its history; steps a roll-back moved out of the current record "
                + "too, marked as such, as they are still held (000)")
        List<ExportPathwayStepDto> pathway,
        @Schema(description = "Every final note, oldest first, less what was withheld")
        List<ExportNoteDto> notes) {
}
