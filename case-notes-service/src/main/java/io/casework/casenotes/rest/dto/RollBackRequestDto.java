package io.casework.casenotes.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.rollback.RollBackState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A roll-back request: every field of 000's form, the manager's comments and the head of service's decision. */
@Schema(description = "A request to roll the child's record back (000 \"Request for Roll Back on EHM or LCS\"), with "
        + "the line manager's comments and the head of service's decision once made")
public record RollBackRequestDto(
        @Schema(description = "The request's id", example = "6b1f0c3e-8a2d-4e5f-9c1b-2d3e4f5a6b7c")
        UUID id,
        @Schema(description = "The child", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = "The case number (000: \"Case Number\"): the record's id in this suite",
                example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        String caseNumber,
        @Schema(description = "The child's name when the request was made (000: \"Name of Child\")",
                example = "Maya Example")
        String childName,
        @Schema(description = "The allocated worker's username then (000: \"Allocated Worker\"); null when "
                + "unallocated", example = "north.sw1")
        String allocatedWorker,
        @Schema(description = "The child's team then (000: \"Team\")", example = "north")
        String team,
        @Schema(description = "The team's locality or service (000: \"Locality / Service Details\"); null when the "
                + "organisation model names none", example = "north-locality")
        String serviceArea,
        @Schema(description = "The date of the request, ISO-8601 in England (000: \"Date of Request\")",
                example = "2026-03-03")
        LocalDate dateOfRequest,
        @Schema(description = "Why (000: \"Reason for Roll Back\")",
                example = "The C&F assessment was started on the wrong child's record")
        String reason,
        @Schema(description = "The date the record is rolled back to", example = "2026-03-01")
        LocalDate rollBackTo,
        @Schema(description = "What is rolled back: each pathway step started after that date, with its event and "
                + "date, as the record had them when the request was made")
        List<RolledBackStepDto> steps,
        @Schema(description = "The impact (000: \"What will the impact of the roll-back be?\")",
                example = "The strategy discussion scheduled for 5 March is withdrawn; no payment was set up")
        String impact,
        @Schema(description = "AWAITING_MANAGER (for the line manager's comments), PENDING (with the head of "
                + "service), APPROVED (applied) or REFUSED (nothing changed)", example = "PENDING")
        RollBackState state,
        @Schema(description = "Who asked, as they were then", example = Person.Examples.SOCIAL_WORKER)
        Person requestedBy,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-03-03T10:15:00Z")
        Instant requestedAt,
        @Schema(description = "The line manager who commented (000: \"Name of Manager\"); null before",
                example = Person.Examples.TEAM_MANAGER)
        Person manager,
        @Schema(description = "The manager's comments (000: \"Manager Comments\"); null before",
                example = "Agreed: the assessment belongs to the brother's record")
        String managerComments,
        @Schema(description = "When the manager commented, UTC; null before", example = "2026-03-03T14:00:00Z")
        Instant commentedAt,
        @Schema(description = "The head of service's decision; null until made")
        RollBackDecisionDto decision,
        @Schema(description = "The roll-back an approval applied (GET .../roll-backs/{rollBackId}/items lists what "
                + "it moved); null otherwise", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID rollBackId) {
}
