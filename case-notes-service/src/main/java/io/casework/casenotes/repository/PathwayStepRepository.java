package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.pathway.StepState;
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
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (startDate, recordedAt, id) < (:start, :at, :id)");
            parameters.and("start", after.date(0)).and("at", after.instant(1)).and("id", after.uuid(2));
        }
        return find(query.toString(), Sort.descending("startDate", "recordedAt", "id"), parameters)
                .page(0, page.rows()).list();
    }

    /** The child's step, row-locked so that two changes of it are made one after the other. */
    public Optional<PathwayStep> ofChildForUpdate(UUID childId, UUID stepId) {
        return findByIdOptional(stepId, LockModeType.PESSIMISTIC_WRITE).filter(s -> s.getChildId().equals(childId));
    }

    /** The steps that are part of this one and have not ended, locked: they end with it. */
    public List<PathwayStep> goingOnPartsOf(UUID stepId) {
        return find("partOf = ?1 and state <> ?2", stepId, StepState.ENDED).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public static PageCursor cursorOf(PathwayStep step) {
        return PageCursor.of(step.getStartDate(), step.getRecordedAt(), step.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
