package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApprovalRequestRepository implements PanacheRepositoryBase<ApprovalRequest, UUID> {

    /**
     * One page of what waits for the assignee, oldest first (what has waited longest is acted on first), optionally
     * for one child; {@code limit + 1} rows, see {@link io.casework.backbone.rest.Pagination}.
     */
    public List<ApprovalRequest> pendingFor(String assignee, UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("assignee = :assignee and state = :state");
        Parameters parameters = Parameters.with("assignee", assignee).and("state", RequestState.PENDING);
        if (childId != null) {
            query.append(" and childId = :child");
            parameters.and("child", childId);
        }
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (createdAt, id) > (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(query + " order by createdAt, id", parameters).page(0, page.rows()).list();
    }

    public long countPendingFor(String assignee, UUID childId) {
        return childId == null
                ? count("assignee = ?1 and state = ?2", assignee, RequestState.PENDING)
                : count("assignee = ?1 and state = ?2 and childId = ?3", assignee, RequestState.PENDING, childId);
    }

    public Map<UUID, ApprovalRequest> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream()
                .collect(Collectors.toMap(ApprovalRequest::getId, Function.identity()));
    }

    /** The child's requests still waiting for a decision, row-locked: a decision waits until they are rerouted. */
    public List<ApprovalRequest> pendingOfChild(UUID childId) {
        return find("childId = ?1 and state = ?2", childId, RequestState.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Row-locked, so that two managers deciding at once are told in turn: the second finds it decided. */
    public Optional<ApprovalRequest> findForDecision(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean exists(String kind, String subjectId, int subjectVersion) {
        return count("kind = ?1 and subjectId = ?2 and subjectVersion = ?3", kind, subjectId, subjectVersion) > 0;
    }
}
