package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import io.casework.casenotes.domain.VisitSection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case note at its current version, with its author as the record shows them, whether it was written late, and
 * the management entries that oversee it. {@code childsVoice} is the child's own words, shown apart.
 */
@Schema(description = "A case note at its current version: a dated entry on the child's record, with its author, "
        + "whether it was written late, and the management entries that oversee it")
public record CaseNoteDto(
        @Schema(description = "The case note's id", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID id,
        @Schema(description = "The child whose record the note is on", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "CASE_NOTE, STATUTORY_VISIT (the child was seen; needs practice manager oversight, "
                + "004) or VISIT (any other visit, a failed one included)", example = "STATUTORY_VISIT")
        NoteType noteType,
        @Schema(description = "DRAFT (its author edits it), SUBMITTED (waiting for management oversight) or FINAL "
                + "(never changed again)", example = "SUBMITTED")
        NoteStatus status,
        @Schema(description = "The current version, 1 for the first; also the ETag to send as If-Match",
                example = "2", minimum = "1")
        int version,
        @Schema(description = "When what the note records happened (not when it was written): an ISO-8601 date in "
                + "England", example = "2026-02-27")
        LocalDate eventDate,
        @Schema(description = "The note's title", example = "CP statutory visit", maxLength = 300)
        String title,
        @Schema(description = "The worker's account, separating fact, opinion, assessment and decision",
                example = "Saw Leo at home and alone in his bedroom. Fact: the bedroom was clean and warm.",
                maxLength = 50000)
        String narrative,
        @Schema(description = "The child's own words and how they were obtained, shown apart from the narrative; "
                + "null when none were recorded")
        ChildsVoice childsVoice,
        @Schema(description = "The visit section of a STATUTORY_VISIT or VISIT note; null on a CASE_NOTE")
        VisitSection visit,
        @Schema(description = "The manager's comments, when the current version was made by returning the note to "
                + "its author as a draft; null otherwise", example = "Please add the school's view of attendance.")
        String returnComments,
        @Schema(description = "Who wrote the note, with their full name, designation and team as they were when it "
                + "was written (001, 002 s.5)", example = Person.Examples.SOCIAL_WORKER)
        Person author,
        @Schema(description = "When the note was first written, UTC (ISO-8601 with offset Z)",
                example = "2026-02-27T16:05:12Z")
        Instant writtenAt,
        @Schema(description = "When it was last submitted for oversight, UTC (ISO-8601 with offset Z); null while "
                + "never submitted", example = "2026-02-28T09:30:00Z")
        Instant submittedAt,
        @Schema(description = "When it became FINAL, UTC (ISO-8601 with offset Z); null until then",
                example = "2026-03-02T11:00:00Z")
        Instant finalisedAt,
        @Schema(description = "True when it was written after the authority's recording timescale for its kind: "
                + "show it visibly (002 s.5)", example = "false")
        boolean late,
        @Schema(description = "The managers' decisions and oversight on this note, oldest first; empty when none")
        List<ManagementEntryDto> managementEntries,
        @Schema(description = "The parts of the current version removed as factually inaccurate personal "
                + "information (002 s.5), oldest first: each shows a marker in place of its content; empty when "
                + "none")
        List<RemovedInformationDto> removedInformation) {
}
