package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Why a note is marked late: by which rule, when it was due and how late it was first recorded (002 s.5). */
@Schema(description = "The note was first recorded after its authority's recording timescale: show it visibly (002 "
        + "s.5). Names the rule and the version of the rule data it was judged by")
public record LateMarkDto(
        @Schema(description = "The last day on time, an ISO-8601 date in England", example = "2026-11-05")
        LocalDate dueDate,
        @Schema(description = "For a rule counted in hours from the event's time: the moment due, UTC (ISO-8601 with "
                + "offset Z); null otherwise", example = "2026-11-03T16:30:00Z")
        Instant dueAt,
        @Schema(description = "How many working days after the due date it was first recorded (0 when late by hours "
                + "within the same working day); null on a note marked late before this was counted",
                example = "2", minimum = "0")
        Integer workingDaysLate,
        @Schema(description = "The recording timescale rule it was judged by (casework-timescales)",
                example = "case-note-recording")
        String ruleId,
        @Schema(description = "The version of the rule data it was judged by", example = "rules-3f9a1c2b7d4e")
        String rulesVersion) {
}
