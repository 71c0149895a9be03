package io.casework.deadlines.rest.dto;

import io.casework.backbone.security.Person;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A tracked deadline, open, met or withdrawn. Fields marked \"open only\" are null unless it is "
        + "open; fields marked \"met only\" are null unless it is met")
public record DeadlineDto(
        @Schema(description = "The deadline's id", example = "4d6e8f0a-2b4c-4d6e-8f0a-2b4c6d8e0f1a")
        UUID id,
        @Schema(description = "The child the work is for", example = "8d0b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID childId,
        @Schema(description = DeadlineDto.KIND_DESCRIPTION, example = "STATUTORY_VISIT")
        DeadlineKind kind,
        @Schema(description = "The id of the timescale rule the due date comes from (GET /timescales/{authority})",
                example = "statutory-visit-frequency")
        String ruleId,
        @Schema(description = "The id of the authority whose rule set the deadline was opened under",
                example = "lcs-practice-guide")
        String authority,
        @Schema(description = "The version of the rules and the working-day calendar the due date was computed under "
                + "(as getAuthorityTimescales reports it); null when another service counted the due date (a "
                + "statutory visit's and a failed access step's come from visits-service)",
                example = "rules-3f9a1c2b7d4e", maxLength = 40)
        String rulesVersion,
        @Schema(description = "The work tracked: the planned statutory visit's id (visits-service), the id of the "
                + "case note awaiting oversight, the pathway step's or risk alert's id, or for FAILED_ACCESS the spell "
                + "of failed access and the step, as <failedAccessId>:<role>",
                example = "2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c")
        String subjectId,
        @Schema(description = "The id of the child's team", example = "north")
        String team,
        @Schema(description = "The person who holds the deadline: for a statutory visit the allocated worker. Full "
                + "name, designation and team as the organisation model holds them now; only the username if this "
                + "service does not know them; null while it is the team's (oversight not yet routed to a manager)",
                example = Person.Examples.SOCIAL_WORKER)
        Person assignee,
        @Schema(description = "The last day on time, an ISO-8601 date in England", example = "2026-03-06")
        LocalDate dueDate,
        @Schema(description = "OPEN until the work is recorded, then MET. A statutory visit corrected after a return "
                + "(003 s.5b) so that it no longer counts makes the deadline it met OPEN again and the next visit's "
                + "WITHDRAWN: no longer due, kept, neither open nor overdue", example = "OPEN")
        DeadlineState state,
        @Schema(description = "When the deadline was opened, UTC (ISO-8601 with offset Z)",
                example = "2026-02-20T15:42:10Z")
        Instant openedAt,
        @Schema(description = "Open only: true once the due date has passed (due today is not overdue yet)",
                example = "false")
        Boolean overdue,
        @Schema(description = "Open only: working days (England and Wales) from today to the due date; 0 when due "
                + "today, negative by the working days since when overdue", example = "4")
        Integer workingDaysLeft,
        @Schema(description = "Met only: the day that counts for lateness (the visit's date, or the day oversight "
                + "was recorded), an ISO-8601 date in England", example = "2026-03-04")
        LocalDate metOn,
        @Schema(description = "Met only: when the work was recorded, UTC (ISO-8601 with offset Z)",
                example = "2026-03-04T12:01:33Z")
        Instant metAt,
        @Schema(description = "Met only: true when it was met after the due date", example = "false")
        Boolean late,
        @Schema(description = "When it was last withdrawn, UTC (ISO-8601 with offset Z); kept if it was due again "
                + "after all; null if never withdrawn", example = "2026-03-09T10:15:00Z")
        Instant withdrawnAt,
        @Schema(description = "Why it was last withdrawn, in plain words; null if never withdrawn",
                example = "the statutory visit that completed the visit before it no longer counts")
        String withdrawalReason,
        @Schema(description = "Open only: when the scan found it past its due date unmet, UTC (ISO-8601 with offset "
                + "Z); the breach was announced then (casework.deadlines.deadline-breached). Null while it is not "
                + "breached, and again after it is given a new due date not yet passed", example = "2026-03-07T00:01:00Z")
        Instant breachedAt,
        @Schema(description = "When a manager last extended it, UTC (ISO-8601 with offset Z); who and why are in its "
                + "history (getDeadlineHistory); null if never extended", example = "2026-03-05T09:30:00Z")
        Instant extendedAt) {

    /** What each kind of deadline is, in one place for every DTO that names a kind. */
    static final String KIND_DESCRIPTION = "STATUTORY_VISIT: the child's next statutory visit (due date from "
            + "visits-service); MANAGEMENT_OVERSIGHT: practice manager oversight of a statutory visit note (004); "
            + "PATHWAY_STEP: a step of the child's pathway under one of the authority's tracked rules, named by "
            + "ruleId (a C&F's priority, the supervisor's reminder, a strategy discussion, 004; a contact's or a "
            + "meeting's record, 001 and 003); RISK_ALERT_REVIEW: the head of service's review of a risk alert, "
            + "where the authority's rules set one (001); FAILED_ACCESS: a manager's case management decision after "
            + "failed access to the child, one per step escalated (practice manager, team manager, senior manager), "
            + "due on the day visits-service says the manager must be told by (004 \"Failed visits\")";
}
