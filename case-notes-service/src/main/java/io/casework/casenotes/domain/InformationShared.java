package io.casework.casenotes.domain;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * One sharing of personal information as the record keeps it: what, when, with whom, why, on what consent basis and
 * why without consent, and who decided (001 "Sharing of information", 002 s.6, 003 s.4). The decider is kept as the
 * organisation model named them when the entry was saved.
 */
@Schema(description = "Information shared: what, when, with whom, why, the consent basis and who decided (001, 002 "
        + "s.6, 003 s.4)")
public record InformationShared(
        @Schema(description = "What was shared", example = "The outcome of the strategy discussion")
        String what,
        @Schema(description = "When it was shared, an ISO-8601 date in England", example = "2026-11-20")
        LocalDate sharedOn,
        @Schema(description = "Whom it was shared with")
        Recipient withWhom,
        @Schema(description = "Why it was shared", example = "To plan the joint S47 enquiry")
        String why,
        @Schema(description = "GIVEN, REFUSED or NOT_SOUGHT", example = "NOT_SOUGHT")
        ConsentBasis consent,
        @Schema(description = "Why it was shared without consent; present when consent is REFUSED or NOT_SOUGHT",
                example = "Seeking consent would have put the child at risk of further harm")
        String reasonWithoutConsent,
        @Schema(description = "Who decided to share it, as the organisation model named them when the entry was saved",
                example = Person.Examples.PRACTICE_MANAGER)
        Person decidedBy) {
}
