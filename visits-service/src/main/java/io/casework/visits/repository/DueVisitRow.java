package io.casework.visits.repository;

/** A planned visit with the child it is for, as the worktray query returns them. */
public record DueVisitRow(PlannedVisit visit, Child child) {
}
