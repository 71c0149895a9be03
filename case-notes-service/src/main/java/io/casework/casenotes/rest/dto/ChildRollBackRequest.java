package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * What the worker writes on 000's form ("Request for Roll Back on EHM or LCS"). The form's header (case number, child,
 * allocated worker, team, locality or service) comes from the record, the date of request from the clock, the
 * requester from the token, and what will be rolled back from the pathway as it stands.
 */
@Schema(description = "A request to roll the child's record back to a date (000 \"Request for Roll Back on EHM or "
        + "LCS\"): the pathway steps started after it leave the current record, kept and re-addable")
public record ChildRollBackRequest(
        @Schema(description = "Why the record must be rolled back (000: \"Reason for Roll Back\")",
                example = "The C&F assessment was started on the wrong child's record and its outcome opened a "
                        + "strategy discussion for this child")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String reason,
        @Schema(description = "The date the record is rolled back to, ISO-8601, today or earlier: every pathway step "
                + "started after it is rolled back (000: \"What needs to be rolled back? - details of events and "
                + "dates\"; the request lists them)", example = "2026-03-01")
        @NotNull LocalDate rollBackTo,
        @Schema(description = "What the roll-back will change for the child and the services (000: \"What will the "
                + "impact of the roll-back be?\")",
                example = "The strategy discussion scheduled for 5 March and its deadline are withdrawn; no payment "
                        + "was set up")
        @NotBlank @Size(max = InputLimits.PARAGRAPH) String impact) {
}
