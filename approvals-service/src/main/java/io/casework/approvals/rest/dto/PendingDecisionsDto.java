package io.casework.approvals.rest.dto;

import io.casework.backbone.security.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A manager's dashboard of a team's pending decisions, by the person each waits for (issue 17). */
@Schema(description = "What waits for a decision on a team's requests, in all and per person, with age and deadline")
public record PendingDecisionsDto(
        @Schema(description = "The team's id", example = "north") String team,
        @Schema(description = "Requests pending in all", example = "12") long pending,
        @Schema(description = "Of those, past their due date", example = "2") long overdue,
        @Schema(description = "Of those, escalated up the line because their deadline was breached", example = "1")
        long escalated,
        @Schema(description = "Per person a request waits for, longest waiting first") List<PersonPending> people) {

    @Schema(description = "What waits for one person")
    public record PersonPending(
            @Schema(description = "Who it waits for", example = Person.Examples.PRACTICE_MANAGER) Person assignee,
            @Schema(description = "Requests pending", example = "5") long pending,
            @Schema(description = "When the longest waiting was opened, UTC") Instant oldestSince,
            @Schema(description = "How many whole days the longest waiting has waited", example = "6")
            long oldestAgeDays,
            @Schema(description = "The earliest due date among them; null when none has one") LocalDate nextDue,
            @Schema(description = "Past their due date", example = "1") long overdue,
            @Schema(description = "Escalated to them because a deadline was breached", example = "0") long escalated) {
    }
}
