package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.Impact;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.PersonAffected;
import io.casework.contracts.NoteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One significant event of the child's chronology (003 s.6): the date, what happened, who has been affected and how,
 * from the current version of the note that records it.
 */
@Schema(description = "A significant event on the child's chronology (003 s.6): Date, What happened, Who has been "
        + "affected and how, as the current version of its note records them, with a link to the note")
public record ChronologyItemDto(
        @Schema(description = "The note that records the event: open it with GET /case-notes/{noteId}",
                example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "The kind of entry it was recorded on (a significant observation on a home visit "
                + "counts, 003 s.6b)", example = "STATUTORY_VISIT")
        NoteType noteType,
        @Schema(description = "SUBMITTED (waiting for management oversight) or FINAL; drafts are not on the "
                + "chronology", example = "FINAL")
        NoteStatus status,
        @Schema(description = "When it happened: an ISO-8601 date in England", example = "2025-12-23")
        LocalDate eventDate,
        @Schema(description = "When in the day it happened, a local time in England; null on notes written before "
                + "notes carried a time", example = "21:40:00")
        LocalTime eventTime,
        @Schema(description = "What happened; \"[Removed: factually inaccurate personal information]\" when the "
                + "event was removed from its note (002 s.5), which keeps its place",
                example = "Police called to the home after an argument; Mr B arrested", maxLength = 10000)
        String whatHappened,
        @Schema(description = "Who has been affected and how",
                example = "Leo and Ava heard the argument; Ms A is unable to meet their needs while injured",
                maxLength = 10000)
        String whoIsAffectedAndHow,
        @Schema(description = "The people affected, by name and relationship; empty when none were named")
        List<PersonAffected> peopleAffected,
        @Schema(description = "POSITIVE, NEGATIVE or MIXED; null when not recorded", example = "NEGATIVE")
        Impact impact,
        @Schema(description = "Who recorded the note, as the organisation model held them when it was written",
                example = Person.Examples.SOCIAL_WORKER)
        Person recordedBy,
        @Schema(description = "The team manager's amendments that correct the note, oldest first: read them "
                + "beside the event (001 \"Case Record Integrity\"); empty when none")
        List<CorrectionLinkDto> amendedBy) {
}
