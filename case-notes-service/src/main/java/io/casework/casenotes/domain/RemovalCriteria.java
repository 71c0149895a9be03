package io.casework.casenotes.domain;

import io.casework.backbone.rest.InputLimits;
import io.casework.contracts.RemovalGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The requester's statement that the criteria for removing information are met (002 s.5; the guidance it names): a
 * ground that is a matter of fact, why correcting it in a new entry would not do, and why taking it out leaves the
 * record understandable. Each is a statement the decider weighs, not a box ticked: a removal is the exception to
 * 001 "Case Record Integrity" ("When information has been entered onto LCS, it should not be deleted").
 */
@Schema(description = "Why the criteria for removing the information are met: a statement the deciding manager "
        + "weighs, each part in the requester's words")
public record RemovalCriteria(
        @Schema(description = "Why the information is factually inaccurate: RECORDED_ON_WRONG_RECORD (about someone "
                + "this record is not about), ATTRIBUTED_TO_WRONG_PERSON (the wrong person), FACT_SHOWN_UNTRUE (a "
                + "fact evidence shows was never true). A disagreement with an opinion or an assessment is none of "
                + "these: record it as a dispute note instead (002 s.5)", example = "RECORDED_ON_WRONG_RECORD")
        @NotNull RemovalGround ground,
        @Schema(description = "Why a correction in a new entry would not be enough: why the information must not "
                + "stay readable on the record (001 \"Case Record Integrity\" corrects by a new entry as a rule)",
                example = "It is a neighbour's health condition; an amendment would leave it readable by everyone "
                        + "who reads this record.", maxLength = InputLimits.PARAGRAPH)
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String whyAmendmentIsNotEnough,
        @Schema(description = "Why removing it leaves later entries and decisions understandable: which entries or "
                + "decisions rest on it, if any (001 \"Case Record Integrity\": removal must not make later records "
                + "incomprehensible)", example = "No later entry, plan or decision refers to it.",
                maxLength = InputLimits.PARAGRAPH)
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String laterEntriesUnaffected) {
}
