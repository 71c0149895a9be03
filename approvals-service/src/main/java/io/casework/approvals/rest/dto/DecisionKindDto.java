package io.casework.approvals.rest.dto;

import io.casework.approvals.domain.ManagementRole;
import io.casework.timescales.ApprovalField;
import io.casework.timescales.ApprovalRequester;
import io.casework.timescales.ApprovalRole;
import io.casework.timescales.ApprovalScope;
import io.casework.timescales.ApprovalStage;
import io.casework.timescales.RequestChannel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An entry of the authority's catalogue of decisions that need approval, and the seed it comes from. */
@Schema(description = "An entry of the authority's catalogue of decisions that need a manager's or head of "
        + "service's approval: who may ask and decide, what a request carries, its stages, its timescale and source")
public record DecisionKindDto(
        @Schema(description = "The decision kind's id, as approval requests name it in `kind`",
                example = "STATUTORY_VISIT_OVERSIGHT", maxLength = 60)
        String id,
        @Schema(description = "The kind in plain words, as an inbox shows it", example = "Statutory visit oversight")
        String title,
        @Schema(description = "The lowest post on the management line that may decide it; anyone above may decide it "
                + "too", example = "PRACTICE_MANAGER")
        ManagementRole decidedBy,
        @Schema(description = "Whose management line decides: TEAM (the child's team's), SERVICE_AREA (the head of "
                + "service of the child's team's area) or LINE_MANAGER (the requester's own line)", example = "TEAM")
        ApprovalScope scope,
        @Schema(description = "Who may ask for it")
        List<ApprovalRequester> askedBy,
        @Schema(description = "EVENT: asked by the service that owns the subject; REST: asked through "
                + "POST /approval-requests, where no service owns it", example = "EVENT")
        RequestChannel requestedThrough,
        @Schema(description = "Whether a manager in the deciding post may record it within their own authority, "
                + "without a request (it then appears in the child's decisions with decision.direct)",
                example = "false")
        boolean directDecision,
        @Schema(description = "The fields a request must carry beyond its subject, in the order a form shows them")
        List<FieldDto> fields,
        @Schema(description = "The steps from request to decision, the decision last (a roll-back: the line "
                + "manager's comments, then the head of service's decision, 000)")
        List<StageDto> stages,
        @Schema(description = "What is decided, in the field's words",
                example = "Managerial oversight and comments on a statutory visit case note before it is finalised",
                maxLength = 300)
        String description,
        @Schema(description = "The policy the entry comes from")
        SourceDto source,
        @Schema(description = "Where the source is loose: the reading chosen and why; null where it is plain",
                example = "\"a manager\": the first-line manager, the practice manager, on the line of the member of "
                        + "staff who asks")
        String reading,
        @Schema(description = "The id of the timescale rule (deadlines-service GET /timescales) that sets the "
                + "request's dueDate; null when the decision has no timescale",
                example = "statutory-visit-oversight", maxLength = 80)
        String timescaleRule,
        @Schema(description = "True when a decision of this kind must give its reasons (comments) whatever the "
                + "outcome; false when only a return needs them", example = "false")
        boolean reasonsRequired,
        @Schema(description = "How often a decision that stands is looked at again, as an ISO-8601 period (a risk "
                + "alert: P6M, 001); null when it is not", example = "P6M")
        String reviewEvery,
        @Schema(description = "The rule set file the entry comes from: the base, or the authority's own",
                example = "lcs-practice-guide")
        String origin) {

    /** A field a request carries. */
    @Schema(description = "A field a request of this kind carries")
    public record FieldDto(
            @Schema(description = "Its name, as the request's `fields` object keys it", example = "returnBy")
            String name,
            @Schema(description = "What to ask, in plain words", example = "The agreed date of its return")
            String label,
            @Schema(description = "TEXT, LONG_TEXT, DATE (ISO-8601), INTEGER or ENUM", example = "DATE")
            ApprovalField.Type type,
            @Schema(description = "Whether a request must give it", example = "true") boolean required,
            @Schema(description = "For an ENUM, the values it may take; empty otherwise",
                    example = "[\"10\", \"30\", \"45\"]")
            List<String> values,
            @Schema(description = "The longest value accepted, in characters", example = "200") int maxLength) {
    }

    /** A step from request to decision. */
    @Schema(description = "A step from request to decision")
    public record StageDto(
            @Schema(description = "Who takes it: a post, or LINE_MANAGER (the requester's own)",
                    example = "HEAD_OF_SERVICE")
            ApprovalRole role,
            @Schema(description = "COMMENT (gives comments) or DECIDE (decides)", example = "DECIDE")
            ApprovalStage.Action action,
            @Schema(description = "The step as the form names it", example = "Head of Service Comments")
            String title) {
    }

    /** Where in the seed policies an entry comes from. */
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
