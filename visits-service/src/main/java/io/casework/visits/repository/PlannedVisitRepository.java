package io.casework.visits.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.visits.domain.VisitState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
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

    /** One page of the child's statutory visits, planned and completed, by due date, then id; limit + 1 rows. */
    public List<PlannedVisit> forChild(UUID childId, PageQuery page) {
        return DateKeyset.ofChild(this, "dueDate", "visitId", childId, page);
    }

    /**
     * One page of the planned visits of these children due from {@code from} (when given) to {@code until}, soonest
     * first (then by visit id, the cursor's second key), each with its child and kind of visits; {@code limit + 1}
     * rows. With {@code failedAccessOnly}, only the children with an open spell of failed access.
     */
    public List<DueVisitRow> listDue(Collection<UUID> childIds, LocalDate from, LocalDate until,
                                     boolean failedAccessOnly, PageQuery page) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        String after = page.after() == null ? ""
                : " and (v.dueDate, v.visitId) > (:afterDue, :afterId)";
        String since = from == null ? "" : " and v.dueDate >= :from";
        String failing = failedAccessOnly
                ? " and exists (select 1 from FailedAccess f where f.childId = c.childId and f.endedOn is null)" : "";
        TypedQuery<DueVisitRow> query = getEntityManager().createQuery("""
                        select new io.casework.visits.repository.DueVisitRow(v, c, p.visitKind)
                        from PlannedVisit v, Child c, VisitPlan p
                        where c.childId = v.childId and p.planId = v.planId and c.childId in :children
                          and v.state = :state and v.dueDate <= :until""" + since + failing + after
                        + " order by v.dueDate, v.visitId", DueVisitRow.class)
                .setParameter("children", childIds)
                .setParameter("state", VisitState.PLANNED)
                .setParameter("until", until);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (page.after() != null) {
            query.setParameter("afterDue", page.after().date(0)).setParameter("afterId", page.after().uuid(1));
        }
        return query.setMaxResults(page.rows()).getResultList();
    }

    /** The order of a child's visits and of the due list, and the cursor that pages them: due date, then id. */
    public static PageCursor cursorOf(PlannedVisit visit) {
        return DateKeyset.cursor(visit.getDueDate(), visit.getVisitId());
    }

    public static PageCursor cursorOf(DueVisitRow row) {
        return cursorOf(row.visit());
    }

    /** The kinds of {@link #cursorOf}'s keys, to check a cursor a client sends back. */
    public static PageCursor.Key[] cursorKeys() {
        return DateKeyset.keys();
    }
}
