package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RiskAlertState;
import io.casework.contracts.RiskAlertType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk alert on a child's record, where it stands and who decided. */
@Schema(description = "A risk alert on the child's record (001 \"Risk Alerts\"): what was asked, the head of "
        + "service's decision, the review due and the latest review")
public record RiskAlertDto(
        @Schema(description = "The alert's id", example = "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a")
        UUID id,
        @Schema(description = "The child whose record it is on", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The kind of alert", example = "DANGEROUS_PET")
        RiskAlertType type,
        @Schema(description = "The date the risk started or was first known", example = "2026-10-14")
        LocalDate startedOn,
        @Schema(description = "The risk, as described", example = "A large untrained dog is loose in the garden at "
                + "every visit and bit a neighbour (visit note of 14 October 2026)")
        String description,
        @Schema(description = "The child's case notes it refers to", example = "[\"5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b\"]")
        List<UUID> noteIds,
        @Schema(description = "The child's documents it refers to", example = "[]")
        List<UUID> documentIds,
        @Schema(description = "PENDING the head of service's decision; ACTIVE once approved; REFUSED; ENDED by a "
                + "review (kept)", example = "ACTIVE")
        RiskAlertState state,
        @Schema(description = "Who asked, as they were when asking", example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-10-15T09:30:00Z")
        Instant requestedAt,
        @Schema(description = "The head of service who approved or refused it; null while pending",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person decidedBy,
        @Schema(description = "When they decided, UTC; null while pending", example = "2026-10-16T14:00:00Z")
        Instant decidedAt,
        @Schema(description = "Their reasons; null while pending",
                example = "Agreed: staff visit in pairs and ask for the dog to be kept indoors")
        String decisionReasons,
        @Schema(description = "The last day on which the next head of service's review is in time, as "
                + "deadlines-service counts it under the authority's rule (001: six months after the approval or the latest review) "
                + "and announces it, within seconds of the approval or review; null until then, while pending or "
                + "refused, once ended, and where the authority's rules set no review", example = "2027-04-16")
        LocalDate reviewDue,
        @Schema(description = "True when the alert is ACTIVE and its review is overdue: it stays active and says so",
                example = "false")
        boolean reviewOverdue,
        @Schema(description = "The head of service who last reviewed it; null before the first review",
                example = Person.Examples.HEAD_OF_SERVICE)
        Person reviewedBy,
        @Schema(description = "When, UTC; null before the first review", example = "2027-04-10T11:00:00Z")
        Instant reviewedAt,
        @Schema(description = "The reasons of the latest review; null before the first review",
                example = "The dog is still kept at the house")
        String reviewReasons,
        @Schema(description = "When a review ended it, UTC; null unless ENDED", example = "2027-10-01T10:00:00Z")
        Instant endedAt,
        @Schema(description = "The alert's version, as its ETag carries it (send it in If-Match to review)",
                example = "1")
        long version) {
}
