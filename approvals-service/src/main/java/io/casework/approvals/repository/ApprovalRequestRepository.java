package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
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
     * One page of what waits for the assignees (a person, and those they act for), oldest first (what has waited
     * longest is acted on first), optionally for one child; {@code limit + 1} rows, see
     * {@link io.casework.backbone.rest.Pagination}.
     */
    public List<ApprovalRequest> pendingFor(Collection<String> assignees, UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("assignee in :assignees and state = :state");
        Parameters parameters = Parameters.with("assignees", assignees).and("state", RequestState.PENDING);
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

    public long countPendingFor(Collection<String> assignees, UUID childId) {
        return childId == null
                ? count("assignee in ?1 and state = ?2", assignees, RequestState.PENDING)
                : count("assignee in ?1 and state = ?2 and childId = ?3", assignees, RequestState.PENDING, childId);
    }

    /** The requests still waiting for {@code assignee}, row-locked: they are about to be routed elsewhere. */
    public List<ApprovalRequest> pendingForUpdate(String assignee) {
        return find("assignee = ?1 and state = ?2 order by createdAt, id", assignee, RequestState.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The requests on {@code team} still waiting for {@code assignee}, row-locked, to be routed elsewhere. */
    public List<ApprovalRequest> pendingForUpdate(String assignee, String team) {
        return find("assignee = ?1 and team = ?2 and state = ?3 order by createdAt, id", assignee, team,
                RequestState.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The pending requests of these kinds about {@code subjectId}, row-locked: their deadline was breached. */
    public List<ApprovalRequest> pendingTimedBy(Collection<String> kinds, String subjectId) {
        return find("kind in ?1 and subjectId = ?2 and state = ?3", kinds, subjectId, RequestState.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
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

    /**
     * A team's pending requests counted per assignee, longest waiting first: count, oldest opened, earliest due date,
     * how many are past {@code today}, how many were escalated. One row per person, so the list is as long as the
     * team's line and the people rerouted to.
     */
    public List<PendingPerAssignee> pendingPerAssignee(String team, LocalDate today) {
        return getEntityManager().createQuery("""
                        select new io.casework.approvals.repository.PendingPerAssignee(r.assignee, count(r),
                            min(r.createdAt), min(r.dueBy),
                            sum(case when r.dueBy < :today then 1 else 0 end),
                            sum(case when r.escalatedAt is not null then 1 else 0 end))
                        from ApprovalRequest r where r.team = :team and r.state = :pending
                        group by r.assignee order by min(r.createdAt)""", PendingPerAssignee.class)
                .setParameter("team", team).setParameter("today", today)
                .setParameter("pending", RequestState.PENDING).getResultList();
    }

    /** Whether this direct decision, made at this moment, is registered already. */
    public boolean directExists(String kind, String subjectId, Instant decidedAt) {
        return count("kind = ?1 and subjectId = ?2 and direct = true and decidedAt = ?3", kind, subjectId,
                decidedAt) > 0;
    }

    /** The version the next request or direct decision on a subject takes: one more than those on it so far. */
    public int nextVersion(String kind, String subjectId) {
        return (int) count("kind = ?1 and subjectId = ?2", kind, subjectId) + 1;
    }

    /** One page of every request and decision about the child, pending, decided or direct, oldest first. */
    public List<ApprovalRequest> ofChild(UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        if (page.after() != null) {
            query.append(" and (createdAt, id) > (:at, :id)");
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query + " order by createdAt, id", parameters).page(0, page.rows()).list();
    }
}
