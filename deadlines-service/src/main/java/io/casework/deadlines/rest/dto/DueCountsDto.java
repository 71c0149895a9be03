package io.casework.deadlines.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many open deadlines are overdue, due today and due soon, and how many are open in all")
public record DueCountsDto(
        @Schema(description = "The due date has passed", example = "3", minimum = "0")
        long overdue,
        @Schema(description = "Due today, still on time", example = "2", minimum = "0")
        long dueToday,
        @Schema(description = "Due after today and on or before dueSoonUntil", example = "9", minimum = "0")
        long dueSoon,
        @Schema(description = "Every open deadline counted: the three above and those due later", example = "41",
                minimum = "0")
        long open) {
}
