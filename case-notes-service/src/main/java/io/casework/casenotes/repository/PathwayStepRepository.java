package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.casenotes.domain.rollback.RolledBackKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PathwayStepRepository implements PanacheRepositoryBase<PathwayStep, UUID> {

    /**
     * One page of the child's pathway, the latest start first (then the latest recorded, then by id: the cursor's
     * keys); {@code limit + 1} rows. The index pathway_step_page serves exactly this order.
     */
    public List<PathwayStep> ofChild(UUID childId, PageQuery page) {
        // A step a roll-back moved out is still held but not part of the current pathway (000; V23).
        StringBuilder query = new StringBuilder("from PathwayStep s where s.childId = :child and not exists "
                + "(select 1 from RolledBackItem r where r.kind = :moved and r.itemId = s.id)");
        Parameters parameters = Parameters.with("child", childId).and("moved", RolledBackKind.PATHWAY_STEP);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (s.startDate, s.recordedAt, s.id) < (:start, :at, :id)");
            parameters.and("start", after.date(0)).and("at", after.instant(1)).and("id", after.uuid(2));
        }
        return find(query.toString(), Sort.descending("startDate", "recordedAt", "id"), parameters)
                .page(0, page.rows()).list();
    }

    /**
     * The child's steps in the current record (none a roll-back moved out), oldest first: what a roll-back request
     * looks at to say what it would take out. A child's pathway is tens of steps, not thousands.
     */
    public List<PathwayStep> currentOfChild(UUID childId) {
        return find("from PathwayStep s where s.childId = ?1 and not exists (select 1 from RolledBackItem r "
                + "where r.kind = ?2 and r.itemId = s.id)", Sort.ascending("startDate", "recordedAt", "id"), childId,
                RolledBackKind.PATHWAY_STEP).list();
    }

    /**
     * Every step held for the child, those a roll-back moved out too, oldest first: what a subject access export
     * gives (the moved ones are still held).
     */
    public List<PathwayStep> allOfChild(UUID childId) {
        return find("childId", Sort.ascending("startDate", "recordedAt", "id"), childId).list();
    }

    /** The child's step, row-locked so that two changes of it are made one after the other. */
    public Optional<PathwayStep> ofChildForUpdate(UUID childId, UUID stepId) {
        // A step a roll-back moved out of the current record is held, not worked on: it is re-added to go on (V23).
        return findByIdOptional(stepId, LockModeType.PESSIMISTIC_WRITE).filter(s -> s.getChildId().equals(childId))
                .filter(s -> getEntityManager().createQuery("select count(r) from RolledBackItem r "
                        + "where r.kind = ?1 and r.itemId = ?2", Long.class)
                        .setParameter(1, RolledBackKind.PATHWAY_STEP).setParameter(2, stepId)
                        .getSingleResult() == 0);
    }

    /** The steps that are part of this one and have not ended, locked: they end with it. */
    public List<PathwayStep> goingOnPartsOf(UUID stepId) {
        // A part a roll-back moved out of the current record is held as it was, not ended with the current record.
        return find("from PathwayStep s where s.partOf = ?1 and s.state <> ?2 and not exists (select 1 from "
                + "RolledBackItem r where r.kind = ?3 and r.itemId = s.id)", stepId, StepState.ENDED,
                RolledBackKind.PATHWAY_STEP).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static PageCursor cursorOf(PathwayStep step) {
        return PageCursor.of(step.getStartDate(), step.getRecordedAt(), step.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
