package io.casework.deadlines.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A later due date for an open deadline, and why")
public record ExtendDeadlineRequest(
        @Schema(description = "The new last day on time, an ISO-8601 date in England, after the current due date",
                example = "2026-03-13", required = true)
        @NotNull
        LocalDate dueDate,
        @Schema(description = "Why the work needs longer, in plain words; kept in the deadline's history",
                example = "Mother in hospital this week; assessment visits rearranged with the family",
                required = true, minLength = 1, maxLength = 1000)
        @NotBlank
        @Size(max = 1000)
        String reason) {
}
