package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.ManagementRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the catalogue of decisions that need approval, and the seed it comes from. */
@Schema(description = "An entry of the catalogue of decisions that need a manager's or head of service's approval")
public record DecisionKindDto(
        @Schema(description = "The decision kind's id, as approval requests name it in `kind`",
                example = "STATUTORY_VISIT_OVERSIGHT", maxLength = 60)
        String id,
        @Schema(description = "The lowest post on the team's management line that may decide it; anyone above "
                + "may decide it too", example = "PRACTICE_MANAGER")
        ManagementRole decidedBy,
        @Schema(description = "What is decided, in the field's words",
                example = "Managerial oversight and comments on a statutory visit case note before it is finalised",
                maxLength = 300)
        String description,
        @Schema(description = "The policy the rule comes from")
        SourceDto source,
        @Schema(description = "Where the source is loose: the reading chosen and why; null where it is plain",
                example = "Routed to the practice manager, the first-line manager; the team manager is above them on "
                        + "the line and may decide it too.")
        String reading,
        @Schema(description = "The id of the timescale rule (deadlines-service GET /timescales) that sets the "
                + "request's dueDate; null when the decision has no timescale",
                example = "statutory-visit-oversight", maxLength = 80)
        String timescaleRule,
        @Schema(description = "True when a decision of this kind must give its reasons (comments) whatever the "
                + "outcome, as a removal of inaccurate information must; false when only a return needs them",
                example = "false")
        boolean reasonsRequired) {

    /** Where in the seed policies a decision kind comes from. */
    @Schema(description = "Where in the policy documents a rule comes from")
    public record SourceDto(
            @Schema(description = "The policy document: 000 to 004, as listed in docs (002 is Hertfordshire's case "
                    + "recording procedure, 004 the LCS practice guide)", example = "004", maxLength = 10)
            String document,
            @Schema(description = "The section of the document", example = "Recording Statutory Visits",
                    maxLength = 120)
            String section,
            @Schema(description = "The words of the policy the rule is read from",
                    example = "Notify your PM so that managerial oversight and comments can be added")
            String quote) {
    }
}
