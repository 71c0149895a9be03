package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.closure.ClosureState;
import io.casework.contracts.PathwayStepKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Closures of children's cases (V22), their checklists and their chained entries. */
@ApplicationScoped
public class CaseClosureRepository implements PanacheRepositoryBase<CaseClosure, UUID> {

    @Inject
    RecordChain chain;

    /** The child's closure, locked for a change. */
    public Optional<CaseClosure> ofChildForUpdate(UUID childId, UUID closureId) {
        return findByIdOptional(closureId, LockModeType.PESSIMISTIC_WRITE)
                .filter(closure -> closure.getChildId().equals(childId));
    }

    /** The closure, locked while a decision is applied to it. */
    public Optional<CaseClosure> findForUpdate(UUID closureId) {
        return findByIdOptional(closureId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether a closure of the child is being worked through or waits for the manager. */
    public boolean goingFor(UUID childId) {
        return count("childId = ?1 and state in ?2", childId,
                List.of(ClosureState.OPEN, ClosureState.AWAITING_OVERSIGHT)) > 0;
    }

    /** The steps of the closure done so far, in the checklist's order. */
    public List<CaseClosureStepDone> stepsDone(UUID closureId) {
        return getEntityManager().createQuery("from CaseClosureStepDone where id.closureId = :closure",
                CaseClosureStepDone.class).setParameter("closure", closureId).getResultList();
    }

    public void record(CaseClosureStepDone done) {
        getEntityManager().persist(done);
    }

    /** A step was done: the closure's version moves at once, so that If-Match and the ETag see the checklist change. */
    public void checklistChanged(CaseClosure closure) {
        getEntityManager().lock(closure, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Seals the entry on the child's chain and stores it, in the caller's transaction. */
    public void append(CaseClosureEntry entry) {
        chain.append(entry);
    }

    /**
     * One page of the child's closures, the latest started first (then by id: the cursor's keys); {@code limit + 1}
     * rows. The index case_closure_page serves this order.
     */
    public List<CaseClosure> ofChild(UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        LatestFirst.after(query, parameters, page, "startedAt");
        return find(query.toString(), LatestFirst.sort("startedAt"), parameters).page(0, page.rows()).list();
    }

    /**
     * One page of the feedback to the referrer recorded on the closure, the latest first; {@code limit + 1} rows. The
     * index case_closure_entry_page serves this order.
     */
    public List<CaseClosureEntry> feedbackOf(UUID closureId, PageQuery page) {
        StringBuilder query = new StringBuilder("from CaseClosureEntry where closureId = :closure and act = :act");
        Parameters parameters = Parameters.with("closure", closureId)
                .and("act", CaseClosureEntry.Act.FEEDBACK_RECORDED);
        LatestFirst.after(query, parameters, page, "at");
        TypedQuery<CaseClosureEntry> rows = getEntityManager().createQuery(query + " order by at desc, id desc",
                CaseClosureEntry.class).setMaxResults(page.rows());
        parameters.map().forEach(rows::setParameter);
        return rows.getResultList();
    }

    public static PageCursor cursorOf(CaseClosure closure) {
        return LatestFirst.cursor(closure.getStartedAt(), closure.getId());
    }

    public static PageCursor feedbackCursorOf(CaseClosureEntry entry) {
        return LatestFirst.cursor(entry.getAt(), entry.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return LatestFirst.KEYS;
    }

    /**
     * The child's steps that decide whether the case may close (002 s.12; DOMAIN.md rule 11): CP plans, looked-after
     * episodes and care leavers' eligibility, ended or not.
     */
    public List<PathwayStep> closureSteps(UUID childId) {
        return getEntityManager().createQuery("from PathwayStep where childId = :child and kind in :kinds",
                        PathwayStep.class).setParameter("child", childId)
                .setParameter("kinds", List.of(PathwayStepKind.CHILD_PROTECTION_PLAN,
                        PathwayStepKind.LOOKED_AFTER_EPISODE, PathwayStepKind.LEAVING_CARE_ELIGIBILITY))
                .getResultList();
    }
}
