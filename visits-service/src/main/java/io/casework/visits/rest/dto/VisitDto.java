package io.casework.visits.rest.dto;

import io.casework.visits.domain.VisitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One statutory visit of a child.
 *
 * @param dueDate   the last day on which the visit is in time
 * @param visitDate the day of the statutory visit that met it; null while planned
 * @param noteId    the case note recording that visit; null while planned
 * @param onTime    whether it was met by its due date; null while planned
 * @param overdue   planned and past its due date, as of today (England)
 */
@Schema(description = "One statutory visit of a child: planned until a statutory visit meets it")
public record VisitDto(
        @Schema(description = "The planned statutory visit's id", example = "2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c")
        UUID id,
        @Schema(description = "PLANNED (waiting for a visit), COMPLETED (met by a statutory visit) or WITHDRAWN "
                + "(not due after all: the visit it was planned after no longer counts, its note corrected)",
                example = "COMPLETED")
        VisitState state,
        @Schema(description = "The last day on which the visit is in time, an ISO-8601 date in England",
                example = "2026-02-23")
        LocalDate dueDate,
        @Schema(description = "The working days the due date was counted with, from the previous visit or the "
                + "plan's start", example = "10", minimum = "1")
        int frequencyWorkingDays,
        @Schema(description = "The day of the statutory visit that met it, an ISO-8601 date in England; null while "
                + "planned", example = "2026-02-20")
        LocalDate visitDate,
        @Schema(description = "The case note recording that visit; null while planned",
                example = "5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b")
        UUID noteId,
        @Schema(description = "Whether it was met by its due date; null while planned", example = "true")
        Boolean onTime,
        @Schema(description = "True when planned and past its due date, as of today in England", example = "false")
        boolean overdue) {
}
