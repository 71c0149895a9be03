package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A step of a closure's checklist done: the case note that is the step, or what was done. */
@Schema(description = "A step of the closure's checklist done (002 s.12 steps 1-2 and 4-8)")
public record ClosureStepRequest(
        @Schema(description = "For CLOSING_SUMMARY and CHRONOLOGY_DECISION, the child's case note that is the "
                + "closing summary, or the chronology entry of the decision to close; absent for the other steps",
                example = "5a4c2e1f-3b6d-4f8a-9c0e-1d2f3a4b5c6d")
        UUID noteId,
        @Schema(description = "What was done, for the steps that are not entries on the record",
                example = "Letter sent to the child's mother on 26 November with the local family centre's details")
        @Size(max = InputLimits.PARAGRAPH) String details) {
}
