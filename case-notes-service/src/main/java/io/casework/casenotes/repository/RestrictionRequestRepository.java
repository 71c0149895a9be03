package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.RestrictionRequestState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RestrictionRequestRepository implements PanacheRepositoryBase<RestrictionRequest, UUID> {

    /**
     * One page of the child's restriction requests, the latest first (then by id, the cursor's keys); {@code limit +
     * 1} rows. The index child_restriction_request_page serves exactly this order.
     */
    public List<RestrictionRequest> ofChild(UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (requestedAt, id) < (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(query.toString(), Sort.descending("requestedAt", "id"), parameters).page(0, page.rows()).list();
    }

    /** Whether a request for the child waits for a decision. */
    public boolean pendingFor(UUID childId) {
        return count("childId = ?1 and state = ?2", childId, RestrictionRequestState.PENDING) > 0;
    }

    /** Row-locked, so that one decision is applied once. */
    public Optional<RestrictionRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static PageCursor cursorOf(RestrictionRequest request) {
        return PageCursor.of(request.getRequestedAt(), request.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
