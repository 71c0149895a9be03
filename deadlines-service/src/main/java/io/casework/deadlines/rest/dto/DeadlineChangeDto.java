package io.casework.deadlines.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.deadlines.domain.DeadlineChangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "One line of a deadline's history: what changed, when, the due date it left, what caused it, "
        + "and for a manager's extension who made it, why and on whose authority")
public record DeadlineChangeDto(
        @Schema(description = "The line's id", example = "6a8c0e2f-4b6d-4f8a-9c0e-2f4b6d8f0a1c")
        UUID id,
        @Schema(description = "The deadline", example = "4d6e8f0a-2b4c-4d6e-8f0a-2b4c6d8e0f1a")
        UUID deadlineId,
        @Schema(description = "When, UTC (ISO-8601 with offset Z)", example = "2026-03-05T09:30:00Z")
        Instant changedAt,
        @Schema(description = "OPENED, MET, REMET (met again on a corrected day), WITHDRAWN, REOPENED, REINSTATED, "
                + "RESCHEDULED (what it counts from moved), EXTENDED (a manager), RECOMPUTED (a release of the rules "
                + "or calendar), BREACHED, ESCALATED", example = "EXTENDED")
        DeadlineChangeKind change,
        @Schema(description = "The due date after the change, an ISO-8601 date in England", example = "2026-03-13")
        LocalDate dueDate,
        @Schema(description = "The due date before it, when the change moved it; null otherwise",
                example = "2026-03-06")
        LocalDate previousDueDate,
        @Schema(description = "The version of the rules and calendar the due date stands under; null when another "
                + "service counted it", example = "rules-3f9a1c2b7d4e", maxLength = 40)
        String rulesVersion,
        @Schema(description = "What caused it: the type of the event applied (such as "
                + "casework.case-notes.pathway-step-started), \"breach scan\", \"timescales release <version>\" or "
                + "\"extension\"", example = "extension")
        String cause,
        @Schema(description = "The person who made the change, for an extension; null when an event or the "
                + "service's own scan made it", example = Person.Examples.PRACTICE_MANAGER)
        Person changedBy,
        @Schema(description = "Why, in plain words: a manager's reason, or what the event or rule said",
                example = "Mother in hospital this week; assessment visits rearranged with the family", maxLength = 1000)
        String reason,
        @Schema(description = "On whose authority, for an extension: the manager's post as the organisation model "
                + "held it; null otherwise", example = "Practice Manager, north", maxLength = 200)
        String approvedBy) {
}
