package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KnownDeadlineRepository implements PanacheRepositoryBase<KnownDeadline, UUID> {

    /** The latest due date announced for the subject under the rule, if deadlines-service has announced one. */
    public Optional<LocalDate> dueDateOf(String ruleId, String subjectId) {
        return find("ruleId = ?1 and subjectId = ?2", Sort.descending("updatedAt"), ruleId, subjectId)
                .firstResultOptional().map(KnownDeadline::getDueDate);
    }

    /**
     * Every pending request about the subject of these kinds (those the deadline's rule times) is due on
     * {@code dueDate}; the number changed.
     */
    public int setDueOfPendingRequests(Collection<String> kinds, String subjectId, LocalDate dueDate) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return getEntityManager().createQuery("""
                        update ApprovalRequest r set r.dueBy = :due
                        where r.subjectId = :subject and r.state = :pending and r.kind in :kinds""")
                .setParameter("due", dueDate).setParameter("subject", subjectId)
                .setParameter("pending", RequestState.PENDING).setParameter("kinds", kinds).executeUpdate();
    }
}
