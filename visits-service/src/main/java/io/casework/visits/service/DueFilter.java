package io.casework.visits.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which due visits a worktray shows: of one team, of one worker's children, up to a day, overdue or due soon only, or
 * only the children with failed access open.
 */
public record DueFilter(Optional<String> team, Optional<String> allocatedTo, LocalDate until, Optional<Status> status,
                        boolean failedAccessOnly) {

    public enum Status {
        /** Past its due date: the child has not been seen within their timescale. */
        OVERDUE,
        /** Due from today up to the due-soon working days ahead. */
        DUE_SOON
    }
}
