package io.casework.visits.repository;

import io.casework.visits.domain.VisitState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlannedVisitRepository implements PanacheRepositoryBase<PlannedVisit, UUID> {

    /** The child's visit still waiting, locked: completing it and planning the next must not interleave. */
    public Optional<PlannedVisit> findOpenForUpdate(UUID childId) {
        return find("childId = ?1 and state = ?2", childId, VisitState.PLANNED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The date of the latest statutory visit that completed a planned visit of this child. */
    public Optional<LocalDate> lastCompletedVisitDate(UUID childId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(p.visitDate) from PlannedVisit p where p.childId = ?1 and p.state = ?2",
                        LocalDate.class)
                .setParameter(1, childId).setParameter(2, VisitState.COMPLETED)
                .getSingleResult());
    }

    public Optional<PlannedVisit> findOpen(UUID childId) {
        return find("childId = ?1 and state = ?2", childId, VisitState.PLANNED).firstResultOptional();
    }

    public List<PlannedVisit> listForChild(UUID childId) {
        return list("childId", Sort.by("dueDate").and("plannedAt"), childId);
    }

    /** A team's planned visits due on or before {@code until}, soonest first, each with its child. */
    public List<DueVisitRow> listDue(java.util.Collection<java.util.UUID> childIds, LocalDate until) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select new io.casework.visits.repository.DueVisitRow(v, c)
                        from PlannedVisit v, Child c
                        where c.childId = v.childId and c.childId in :children and v.state = :state
                          and v.dueDate <= :until
                        order by v.dueDate, c.displayName, v.visitId""", DueVisitRow.class)
                .setParameter("children", childIds)
                .setParameter("state", VisitState.PLANNED)
                .setParameter("until", until)
                .getResultList();
    }
}
