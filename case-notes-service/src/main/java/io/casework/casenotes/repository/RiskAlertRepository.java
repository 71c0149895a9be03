package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.RiskAlertState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RiskAlertRepository implements PanacheRepositoryBase<RiskAlert, UUID> {

    /**
     * One page of the child's alerts: ACTIVE first, then the others, each part newest first (then by id); {@code
     * limit + 1} rows. The index risk_alert_page serves this order (listing_rank is 0 for ACTIVE, 1 for the rest).
     */
    @SuppressWarnings("unchecked")
    public List<RiskAlert> ofChild(UUID childId, PageQuery page) {
        StringBuilder sql = new StringBuilder("select * from risk_alert where child_id = :child");
        PageCursor after = page.after();
        if (after != null) {
            // Rank ascending, then (requested_at, id) descending: past the cursor's rank, or within it past its row.
            sql.append(" and (listing_rank > :rank or (listing_rank = :rank and (requested_at, id) < (:at, :id)))");
        }
        sql.append(" order by listing_rank, requested_at desc, id desc limit :rows");
        var query = getEntityManager().createNativeQuery(sql.toString(), RiskAlert.class)
                .setParameter("child", childId).setParameter("rows", page.rows());
        if (after != null) {
            query.setParameter("rank", (short) after.number(0)).setParameter("at", after.instant(1))
                    .setParameter("id", after.uuid(2));
        }
        return query.getResultList();
    }

    /** The child's alert, row-locked, so that a review or a decision is applied once. */
    public Optional<RiskAlert> ofChildForUpdate(UUID childId, UUID alertId) {
        return findByIdOptional(alertId, LockModeType.PESSIMISTIC_WRITE)
                .filter(alert -> alert.getChildId().equals(childId));
    }

    /** Row-locked, so that one decision is applied once. */
    public Optional<RiskAlert> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static PageCursor cursorOf(RiskAlert alert) {
        return PageCursor.of(alert.getState() == RiskAlertState.ACTIVE ? 0L : 1L, alert.getRequestedAt(),
                alert.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.NUMBER, PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
