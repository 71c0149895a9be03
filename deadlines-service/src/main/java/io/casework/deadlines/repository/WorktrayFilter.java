package io.casework.deadlines.repository;

import io.casework.deadlines.domain.DeadlineKind;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a worktray's caller narrowed it to; every part is optional (null: not narrowed).
 *
 * @param dueFrom the first due date shown
 * @param dueTo   the last due date shown
 */
public record WorktrayFilter(DeadlineKind kind, String ruleId, UUID childId, LocalDate dueFrom, LocalDate dueTo) {

    public static final WorktrayFilter NONE = new WorktrayFilter(null, null, null, null, null);

    /** The same filter, narrowed to due dates from {@code from} (null: any before) to {@code to}. */
    public WorktrayFilter due(LocalDate from, LocalDate to) {
        return new WorktrayFilter(kind, ruleId, childId, from, to);
    }

    /** Adds this filter to a Panache query of {@link Deadline}. */
    void addTo(StringBuilder query, Parameters parameters) {
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (ruleId != null) {
            query.append(" and ruleId = :ruleId");
            parameters.and("ruleId", ruleId);
        }
        if (childId != null) {
            query.append(" and childId = :childId");
            parameters.and("childId", childId);
        }
        if (dueFrom != null) {
            query.append(" and dueDate >= :dueFrom");
            parameters.and("dueFrom", dueFrom);
        }
        if (dueTo != null) {
            query.append(" and dueDate <= :dueTo");
            parameters.and("dueTo", dueTo);
        }
    }
}
