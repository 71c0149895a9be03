package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApprovalRequestRepository implements PanacheRepositoryBase<ApprovalRequest, UUID> {

    public List<ApprovalRequest> pendingFor(String assignee) {
        return list("assignee = ?1 and state = ?2 order by createdAt desc", assignee, RequestState.PENDING);
    }

    /** Row-locked, so that two managers deciding at once are told in turn: the second finds it decided. */
    public Optional<ApprovalRequest> findForDecision(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean exists(String kind, String subjectId, int subjectVersion) {
        return count("kind = ?1 and subjectId = ?2 and subjectVersion = ?3", kind, subjectId, subjectVersion) > 0;
    }
}
