package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step taken when a tracked rule's deadline is breached")
public record EscalationDto(
        @Schema(description = "The role told", enumeration = {"ALLOCATED_WORKER", "PRACTICE_MANAGER", "TEAM_MANAGER",
                "SENIOR_MANAGER", "HEAD_OF_SERVICE", "IRO"}, example = "TEAM_MANAGER")
        String role,
        @Schema(description = "How many units past the due date; null when told as soon as it is missed",
                example = "1", minimum = "1")
        Integer afterAmount,
        @Schema(description = "The unit of afterAmount; null when told as soon as it is missed",
                enumeration = {"WORKING_DAYS", "CALENDAR_DAYS", "HOURS", "WEEKS", "MONTHS"}, example = "WORKING_DAYS")
        String afterUnit) {
}
