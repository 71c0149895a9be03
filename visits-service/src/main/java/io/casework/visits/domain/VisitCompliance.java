package io.casework.visits.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Whether statutory visits were, or are being, done in time. The due date is the last day that counts as in time. */
public final class VisitCompliance {

    private VisitCompliance() {
    }

    /** A visit on its due date is still on time; a day later is late. */
    public static boolean onTime(LocalDate visitDate, LocalDate dueDate) {
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(dueDate, "dueDate");
        return !visitDate.isAfter(dueDate);
    }

    /** A planned visit is overdue once its due date has passed without a statutory visit; a completed one never is. */
    public static boolean overdue(VisitState state, LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(state, "state");
        return state == VisitState.PLANNED && today.isAfter(dueDate);
    }
}
