package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
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
public class RolledBackItemRepository implements PanacheRepositoryBase<RolledBackItem, RolledBackItem.Key> {

    /**
     * Marks the steps and every entry of theirs as moved by the roll-back, in three statements whatever their number:
     * a child with a thousand entries is rolled back in one short transaction, and other children's rows are never
     * touched. Steps already moved by another roll-back are left as they are.
     *
     * @return the steps this roll-back moved
     */
    public List<UUID> mark(UUID rollBackId, UUID childId, List<UUID> stepIds) {
        if (stepIds.isEmpty()) {
            return List.of();
        }
        List<UUID> moving = getEntityManager().createQuery("select s.id from PathwayStep s where s.childId = :child "
                        + "and s.id in :steps and not exists (select 1 from RolledBackItem r where r.kind = :kind "
                        + "and r.itemId = s.id)", UUID.class)
                .setParameter("child", childId).setParameter("steps", stepIds)
                .setParameter("kind", RolledBackKind.PATHWAY_STEP).getResultList();
        if (moving.isEmpty()) {
            return List.of();
        }
        getEntityManager().createNativeQuery("""
                insert into rolled_back_item (roll_back_id, child_id, kind, item_id)
                select :rollBack, child_id, 'PATHWAY_STEP', id from pathway_step where id in (:steps)""")
                .setParameter("rollBack", rollBackId).setParameter("steps", moving).executeUpdate();
        getEntityManager().createNativeQuery("""
                insert into rolled_back_item (roll_back_id, child_id, kind, item_id, step_id)
                select :rollBack, child_id, 'PATHWAY_STEP_ENTRY', id, step_id from pathway_step_entry
                where step_id in (:steps)""")
                .setParameter("rollBack", rollBackId).setParameter("steps", moving).executeUpdate();
        return moving;
    }

    /** One page of what the roll-back moved, steps and entries, by id (unique across both); {@code limit + 1} rows. */
    public List<RolledBackItem> ofRollBack(UUID rollBackId, PageQuery page) {
        StringBuilder query = new StringBuilder("rollBackId = :rollBack");
        Parameters parameters = Parameters.with("rollBack", rollBackId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and itemId > :item");
            parameters.and("item", after.uuid(0));
        }
        return find(query.toString(), Sort.ascending("itemId"), parameters).page(0, page.rows()).list();
    }

    /** The roll-back's mark of that step, row-locked so that it is re-added once. */
    public Optional<RolledBackItem> stepForUpdate(UUID rollBackId, UUID stepId) {
        return find("rollBackId = ?1 and kind = ?2 and itemId = ?3", rollBackId, RolledBackKind.PATHWAY_STEP,
                stepId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The marks of the child's steps that roll-backs moved out of the current record. */
    public List<RolledBackItem> movedStepsOf(UUID childId) {
        return list("childId = ?1 and kind = ?2", childId, RolledBackKind.PATHWAY_STEP);
    }

    /** Whether a roll-back moved the step out of the current record. */
    public boolean stepMoved(UUID stepId) {
        return count("kind = ?1 and itemId = ?2", RolledBackKind.PATHWAY_STEP, stepId) > 0;
    }

    public static PageCursor cursorOf(RolledBackItem item) {
        return PageCursor.of(item.getItemId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.UUID};
    }
}
