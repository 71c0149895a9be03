package io.casework.deadlines.repository;

import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    private static final Sort SOONEST_FIRST = Sort.by("dueDate").and("openedAt").and("id");

    /** The open deadline for this piece of work, if any (at most one: a partial unique index says so). */
    public Optional<Deadline> findOpen(DeadlineKind kind, String subjectId) {
        return find("kind = ?1 and subjectId = ?2 and state = ?3", kind, subjectId, DeadlineState.OPEN)
                .firstResultOptional();
    }

    public boolean isTracked(DeadlineKind kind, String subjectId) {
        return count("kind = ?1 and subjectId = ?2", kind, subjectId) > 0;
    }

    public List<Deadline> forChild(UUID childId) {
        return list("childId", SOONEST_FIRST, childId);
    }

    public List<Deadline> openAssignedTo(String username) {
        return list("assignee = ?1 and state = ?2", SOONEST_FIRST, username, DeadlineState.OPEN);
    }

    public List<Deadline> openOfTeam(String team, DeadlineKind kind) {
        return list("team = ?1 and kind = ?2 and state = ?3", SOONEST_FIRST, team, kind, DeadlineState.OPEN);
    }
}
