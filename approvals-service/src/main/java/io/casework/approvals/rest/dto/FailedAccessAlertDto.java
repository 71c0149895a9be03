package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The step of failed access an alert is about, as visits-service announced it. */
@Schema(description = "Visits to the child keep failing and a step of 004 \"Failed visits\" was escalated to the "
        + "recipient, who is to record a case management decision: which spell of failed access, which step, since "
        + "when, how many visits failed, and by when the manager must have been told")
public record FailedAccessAlertDto(
        @Schema(description = "The spell of failed access: the case note of its first failed visit",
                example = "6b8d0f2a-4c6e-4a8b-9d1f-3e5a7c9b1d2f")
        UUID failedAccessId,
        @Schema(description = "The step: PRACTICE_MANAGER after the second failed visit in a row, TEAM_MANAGER once "
                + "failed access has lasted ten days, SENIOR_MANAGER once it has lasted two weeks",
                example = "TEAM_MANAGER", enumeration = {"PRACTICE_MANAGER", "TEAM_MANAGER", "SENIOR_MANAGER"})
        String step,
        @Schema(description = "The day of the spell's first failed visit, an ISO-8601 date in England",
                example = "2026-12-10")
        LocalDate failedSince,
        @Schema(description = "How many visits of the spell had failed when the step was escalated", minimum = "1",
                maximum = "1000", example = "3")
        int failedVisits,
        @Schema(description = "The last working day by which the manager must have been told, and by which "
                + "deadlines-service expects the case management decision, an ISO-8601 date in England",
                example = "2026-12-21")
        LocalDate alertBy) {
}
