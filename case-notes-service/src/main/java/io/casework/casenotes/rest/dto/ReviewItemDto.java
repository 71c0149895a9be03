package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.domain.WithholdingCategory;
import io.casework.casenotes.domain.WithholdingReason;
import io.casework.contracts.NoteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One item of the record a subject access review decides on, with what it says and whom to consult. */
@Schema(description = "One item a manager decides to disclose or withhold (002 s.8), with whom to consult")
public record ReviewItemDto(
        @Schema(description = "The item's reference, for PUT .../decisions/{itemRef}",
                example = "3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e.s0")
        String itemRef,
        @Schema(description = "THIRD_PARTY_STATEMENT (information someone else gave, who is named), "
                + "WITHHELD_INFORMATION (an entry of the note's withheld section), NOTE (a whole note, once decided) "
                + "or DOCUMENT (a document on the record, current or superseded)",
                example = "THIRD_PARTY_STATEMENT")
        ReviewItem.Kind kind,
        @Schema(description = "The note it is on; null for a document", example = "3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID noteId,
        @Schema(description = "The note's type; null for a document", example = "CASE_NOTE")
        NoteType noteType,
        @Schema(description = "The note's event date; for a document, the day it is dated", example = "2026-10-02")
        LocalDate eventDate,
        @Schema(description = "The note's title; for a document, its own", example = "Call from school")
        String noteTitle,
        @Schema(description = "What the item says: the statement, or what the worker recorded as withheld",
                example = "Leo told the school that Mr B shouted at him last night.")
        String text,
        @Schema(description = "Whom to consult before sharing it: the statement's named source (002 s.8); null for "
                + "the other kinds", example = "Ms Ahmed, designated safeguarding lead at Leo's school")
        String originator,
        @Schema(description = "For a withheld entry, the reason the worker recorded (002 s.8); null otherwise",
                example = "THIRD_PARTY")
        WithholdingReason recordedReason,
        @Schema(description = "For a withheld entry, the worker's explanation; null otherwise",
                example = "The victim of domestic abuse asked that her address is not shared with Mr B")
        String recordedExplanation,
        @Schema(description = "Whether a consultation of the originator is recorded on this request",
                example = "false")
        boolean consulted,
        @Schema(description = "What the export does without a decision: a withheld entry stays withheld under the "
                + "category of its recorded reason; a third-party statement must be decided. Null for a statement",
                example = "THIRD_PARTY_OBJECTION")
        WithholdingCategory withheldUnlessDecided,
        @Schema(description = "Whether it is third parties' information, to be decided before the review completes "
                + "and disclosed only after consulting its originator (002 s.8): a third-party statement, or a "
                + "document RECEIVED from outside, whose sender is its originator", example = "true")
        boolean thirdParty,
        @Schema(description = "For a document: what it is, its direction, date, who added it and its versions; "
                + "null for a note's items")
        DocumentDto document,
        @Schema(description = "The decision standing on it; null while undecided")
        SubjectAccessDecisionDto decision) {
}
