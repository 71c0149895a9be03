package io.casework.deadlines.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why a deadline cannot be given a later due date (issue 15): one rule for a manager's own extension and for a worker's
 * request the manager approved (issue 17), so that an approval never does what the manager could not.
 */
public enum ExtensionRefusal {
    /** Met or withdrawn: only an open deadline moves. */
    NOT_OPEN,
    /** The date asked is not after the current due date. */
    NOT_LATER;

    /** Why a deadline in {@code state}, due on {@code current}, cannot be due on {@code asked}; empty when it can. */
    public static Optional<ExtensionRefusal> of(DeadlineState state, LocalDate current, LocalDate asked) {
        if (state != DeadlineState.OPEN) {
            return Optional.of(NOT_OPEN);
        }
        return asked.isAfter(current) ? Optional.empty() : Optional.of(NOT_LATER);
    }
}
