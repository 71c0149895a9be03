package io.casework.deadlines.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a deadline was met: on which day, and whether that was after the last day on time. Work done on the due date
 * itself is on time: a due date is the last day allowed, not the first day missed.
 *
 * @param metOn the day that counts (the visit's date, the day oversight was recorded)
 * @param late  true when {@code metOn} is after the due date
 */
public record Completion(LocalDate metOn, boolean late) {

    public Completion {
        Objects.requireNonNull(metOn, "metOn");
    }

    public static Completion of(LocalDate dueDate, LocalDate metOn) {
        Objects.requireNonNull(dueDate, "dueDate");
        return new Completion(metOn, metOn.isAfter(dueDate));
    }
}
