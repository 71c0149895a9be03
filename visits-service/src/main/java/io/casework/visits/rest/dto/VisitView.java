package io.casework.visits.rest.dto;

import io.casework.visits.domain.VisitState;

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
public record VisitView(
        UUID visitId,
        VisitState state,
        LocalDate dueDate,
        int frequencyWorkingDays,
        LocalDate visitDate,
        UUID noteId,
        Boolean onTime,
        boolean overdue) {
}
