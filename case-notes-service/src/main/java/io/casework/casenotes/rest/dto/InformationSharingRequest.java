package io.casework.casenotes.rest.dto;

import io.casework.backbone.rest.InputLimits;
import io.casework.casenotes.domain.ConsentBasis;
import io.casework.casenotes.domain.Recipient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * One sharing of personal information, as the author records it: what, when, with whom, why, the consent basis and
 * who decided, by username (001 "Sharing of information", 002 s.6, 003 s.4).
 */
@Schema(description = "Information shared (001, 002 s.6, 003 s.4). A draft may leave fields out; submitting needs "
        + "every field, and reasonWithoutConsent when consent is REFUSED or NOT_SOUGHT")
public record InformationSharingRequest(
        @Schema(description = "What was shared", example = "The outcome of the strategy discussion")
        @Size(max = InputLimits.PARAGRAPH) String what,
        @Schema(description = "When it was shared, an ISO-8601 date in England; today or before",
                example = "2026-11-20")
        @PastOrPresent LocalDate sharedOn,
        @Schema(description = "Whom it was shared with") @Valid Recipient withWhom,
        @Schema(description = "Why it was shared", example = "To plan the joint S47 enquiry")
        @Size(max = InputLimits.PARAGRAPH) String why,
        @Schema(description = "GIVEN, REFUSED or NOT_SOUGHT", example = "NOT_SOUGHT")
        ConsentBasis consent,
        @Schema(description = "Why it was shared without consent; required when consent is REFUSED or NOT_SOUGHT",
                example = "Seeking consent would have put the child at risk of further harm")
        @Size(max = InputLimits.PARAGRAPH) String reasonWithoutConsent,
        @Schema(description = "The username of whoever decided to share it, a member of staff of the organisation "
                + "model; the record keeps their name, job title and team as they are now", example = "north.pm")
        @Size(max = InputLimits.NAME) String decidedBy) {
}
