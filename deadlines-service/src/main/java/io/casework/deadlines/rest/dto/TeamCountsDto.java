package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team's open deadlines, counted by when they are due")
public record TeamCountsDto(
        @Schema(description = "The team that holds the deadlines (the child's team when each was opened)",
                example = "north", maxLength = 60)
        String team,
        @Schema(description = "The counts", example = "{\"overdue\": 3, \"dueToday\": 2, \"dueSoon\": 9, \"open\": 41}")
        DueCountsDto counts) {
}
