package io.casework.approvals.rest.dto;

import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a request to remove inaccurate information asks the decider to decide: what would go, and why. */
@Schema(description = "What a request to remove factually inaccurate personal information (002 s.5) would remove "
        + "and why, for the decider. Never the content itself: read the note in case-notes-service "
        + "(GET /case-notes/v1/case-notes/{noteId}/versions), where the read is logged")
public record InformationRemovalDto(
        @Schema(description = "The case note the information is in", example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "The version of the note", example = "1", minimum = "1")
        int version,
        @Schema(description = "The parts of that version that would be removed: a text part (TITLE, NARRATIVE, "
                + "CHILDS_WORDS, CHILDS_WORDS_HOW_OBTAINED) is replaced by a marker, a section (VISIT, "
                + "PARENTS_AND_CARERS, STATEMENTS, INTERPRETER, CONTACT, KEEP_IN_TOUCH, INFORMATION_SHARING, "
                + "WITHHELD, SIGNIFICANT_EVENT) goes whole", example = "[\"NARRATIVE\"]",
                maxItems = NoteContentField.COUNT)
        List<NoteContentField> fields,
        @Schema(description = "What kind of personal information it is", example = "HEALTH")
        PersonalInformationKind informationKind,
        @Schema(description = "Whose information it is", example = "THIRD_PARTY")
        PersonConcerned concerns,
        @Schema(description = "Why it is factually inaccurate: RECORDED_ON_WRONG_RECORD, ATTRIBUTED_TO_WRONG_PERSON "
                + "or FACT_SHOWN_UNTRUE", example = "RECORDED_ON_WRONG_RECORD")
        RemovalGround ground,
        @Schema(description = "Why it is inaccurate and how that is known, in the requester's words",
                example = "The narrative records a neighbour's diagnosis, written on this record by mistake.")
        String reason,
        @Schema(description = "Why a correction in a new entry would not be enough, in the requester's words",
                example = "An amendment would leave a third party's health information readable.")
        String whyAmendmentIsNotEnough,
        @Schema(description = "Why removing it leaves later entries and decisions understandable, in the requester's "
                + "words", example = "No later entry, plan or decision refers to it.")
        String laterEntriesUnaffected) {
}
