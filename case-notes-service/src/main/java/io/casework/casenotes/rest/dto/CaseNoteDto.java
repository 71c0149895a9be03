package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.Amends;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.ContactSection;
import io.casework.casenotes.domain.Disputes;
import io.casework.casenotes.domain.InformationShared;
import io.casework.casenotes.domain.Interpreter;
import io.casework.casenotes.domain.KeepInTouchSection;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.ParentOrCarerView;
import io.casework.casenotes.domain.SignificantEvent;
import io.casework.casenotes.domain.Ssda903;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.domain.WithheldInformation;
import io.casework.contracts.NoteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A case note at its current version, with its author as the record shows them, whether it was recorded late, its
 * structured sections, and the management entries, amendments and disputes that concern it.
 */
@Schema(description = "A case note at its current version: a dated entry on the child's record, with its author, "
        + "whether it was recorded late, its structured sections (show each distinctly: they replace LCS's colours "
        + "and fonts), and the management entries, amendments and disputes that concern it")
public record CaseNoteDto(
        @Schema(description = "The case note's id", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID id,
        @Schema(description = "The child whose record the note is on", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The kind of entry (NoteType of the contracts)", example = "STATUTORY_VISIT")
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
        @Schema(description = "When in the day it happened, a local time in England; null on notes written before "
                + "notes carried a time", example = "16:30:00")
        LocalTime eventTime,
        @Schema(description = "The note's title", example = "CP statutory visit", maxLength = 300)
        String title,
        @Schema(description = "The worker's account", example = "Saw Leo at home and alone in his bedroom.",
                maxLength = 50000)
        String narrative,
        @Schema(description = "The child's own words and how they were obtained, shown apart from the narrative (003 "
                + "\"bold red\", 001 italics); null when none were recorded")
        ChildsVoice childsVoice,
        @Schema(description = "The visit section of a visit note; null on any other")
        VisitSection visit,
        @Schema(description = "The parents' and carers' views; null when none were recorded")
        List<ParentOrCarerView> parentsAndCarers,
        @Schema(description = "The entry's statements, classed; null when none were recorded")
        List<Statement> statements,
        @Schema(description = "The interpreter used; null when none was")
        Interpreter interpreter,
        @Schema(description = "How a contact was made and with whom; null on any note but a CONTACT or "
                + "PROFESSIONAL_CONTACT")
        ContactSection contact,
        @Schema(description = "A care leaver's keep-in-touch contact; null on any note but a CARE_LEAVER_KIT")
        KeepInTouchSection keepInTouch,
        @Schema(description = "On a CARE_LEAVER_KIT of a child with a date of birth: whether it counts for the "
                + "SSDA903 return (004); null otherwise")
        Ssda903 ssda903,
        @Schema(description = "Each sharing of information; null when none was recorded")
        List<InformationShared> informationSharing,
        @Schema(description = "Information not to be shared with the child or family, with the reasons (002 s.8); "
                + "null when none")
        List<WithheldInformation> withheld,
        @Schema(description = "The significant event the note records, for the chronology; null when it records "
                + "none")
        SignificantEvent significantEvent,
        @Schema(description = "On an AMENDMENT: the entry it corrects and why; null otherwise")
        Amends amends,
        @Schema(description = "On a DISPUTE: the entry it disputes, who disputes it and their words; null otherwise")
        Disputes disputes,
        @Schema(description = "The amendments that correct this entry, oldest first; empty when none")
        List<CorrectionLinkDto> amendedBy,
        @Schema(description = "The disputes recorded against this entry, oldest first; empty when none")
        List<CorrectionLinkDto> disputedBy,
        @Schema(description = "The notes written at once for several children of a family share this id, one note "
                + "on each child's record; null for a note written for one child",
                example = "0e4c6a8b-2d1f-4a3c-9b5e-7d9f1b3c5e7a")
        UUID familyGroupId,
        @Schema(description = "The manager's comments, when the current version was made by returning the note to "
                + "its author as a draft; null otherwise", example = "Please add the school's view of attendance.")
        String returnComments,
        @Schema(description = "Who wrote the note, with their full name, designation and team as the organisation "
                + "model held them when it was written (001, 002 s.5)", example = Person.Examples.SOCIAL_WORKER)
        Person author,
        @Schema(description = "When the note was recorded (first saved), UTC (ISO-8601 with offset Z)",
                example = "2026-02-27T16:05:12Z")
        Instant writtenAt,
        @Schema(description = "When it was last submitted for oversight, UTC (ISO-8601 with offset Z); null while "
                + "never submitted", example = "2026-02-28T09:30:00Z")
        Instant submittedAt,
        @Schema(description = "When it became FINAL, UTC (ISO-8601 with offset Z); null until then",
                example = "2026-03-02T11:00:00Z")
        Instant finalisedAt,
        @Schema(description = "A manager's entry (a decision, oversight, audit, supervision or amendment): show it as "
                + "one in every listing (001 \"highlighted in green\")", example = "false")
        boolean managementEntry,
        @Schema(description = "Present when the note was first recorded after the authority's recording timescale "
                + "for its kind: show it visibly (002 s.5); null when on time or when no timescale applies")
        LateMarkDto late,
        @Schema(description = "The managers' decisions and oversight on this note, oldest first; empty when none")
        List<ManagementEntryDto> managementEntries,
        @Schema(description = "The parts of the current version removed as factually inaccurate personal "
                + "information (002 s.5), oldest first: each shows a marker in place of its content; empty when "
                + "none")
        List<RemovedInformationDto> removedInformation) {
}
