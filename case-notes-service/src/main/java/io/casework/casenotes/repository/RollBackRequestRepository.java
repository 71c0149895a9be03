package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.rollback.RollBackState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RollBackRequestRepository implements PanacheRepositoryBase<RollBackRequest, UUID> {

    /** One page of the child's roll-back requests, newest first; {@code limit + 1} rows (index roll_back_request_page). */
    public List<RollBackRequest> ofChild(UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (requestedAt, id) < (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(query.toString(), Sort.descending("requestedAt", "id"), parameters).page(0, page.rows()).list();
    }

    /** Whether a request for the child waits for the line manager or the head of service. */
    public boolean waitingFor(UUID childId) {
        return count("childId = ?1 and state in ?2", childId, List.of(RollBackState.AWAITING_MANAGER,
                RollBackState.PENDING)) > 0;
    }

    /** Row-locked, so that comments are recorded once and a decision applied once. */
    public Optional<RollBackRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The approved request whose roll-back this is. */
    public Optional<RollBackRequest> ofRollBack(UUID rollBackId) {
        return find("rollBackId", rollBackId).firstResultOptional();
    }

    public static PageCursor cursorOf(RollBackRequest request) {
        return PageCursor.of(request.getRequestedAt(), request.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
