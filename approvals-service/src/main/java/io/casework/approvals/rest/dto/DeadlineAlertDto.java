package io.casework.approvals.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The deadline an alert is about, as deadlines-service announced it. */
@Schema(description = "A deadline past its due date unmet, as deadlines-service announced it: which deadline, under "
        + "which rule, due when, and which step of the rule's escalation this alert is (0 for the breach itself)")
public record DeadlineAlertDto(
        @Schema(description = "The deadline (GET /deadlines/{deadlineId}/history in deadlines-service)",
                example = "4d6e8f0a-2b4c-4d6e-8f0a-2b4c6d8e0f1a")
        UUID deadlineId,
        @Schema(description = "The timescale rule it runs under (GET /timescales/{authority} in deadlines-service)",
                example = "cf-assessment-priority-10", maxLength = 100)
        String ruleId,
        @Schema(description = "The last day it was on time, an ISO-8601 date in England", example = "2026-03-06")
        LocalDate dueDate,
        @Schema(description = "0 on DEADLINE_BREACHED (the breach, to whom the deadline belongs); 1, 2... on "
                + "DEADLINE_ESCALATED (the step of the rule's escalation)", minimum = "0", maximum = "20",
                example = "1")
        int escalationStep) {
}
