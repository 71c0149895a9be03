package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A refused attempt on a restricted record, as an alert shows it: who, what, where and when; nothing of the child. */
@Schema(description = "A refused attempt by someone off a restricted record's list (ACCESS-RULES.md \"Restricted "
        + "child\"): who tried, what, in which service and when. Nothing of the child but its id")
public record AccessAttemptDto(
        @Schema(description = "The attempt's id: the refused access's, as the child's access log keeps it",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID attemptId,
        @Schema(description = "Who tried: username, name, job title and team as the refusing service logged them",
                example = Person.Examples.PRACTICE_MANAGER)
        Person attemptedBy,
        @Schema(description = "What they tried, as the refusing service names the operation",
                example = "getChild", maxLength = 300)
        String action,
        @Schema(description = "The operation's access class (ACCESS-RULES.md)", example = "record.read",
                maxLength = 40)
        String accessClass,
        @Schema(description = "The service that refused it", example = "visits-service", maxLength = 40)
        String service,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-03-04T14:30:00Z")
        Instant at) {
}
