package io.casework.visits.repository;

import io.casework.contracts.VisitKind;

/** A planned visit with the child it is for and which visits they are, as the worktray query returns them. */
public record DueVisitRow(PlannedVisit visit, Child child, VisitKind visitKind) {
}
