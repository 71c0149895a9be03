package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.record.RecordChangeKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Each child's record history: written once per change and never changed. */
@ApplicationScoped
public class ChildRecordChangeRepository implements PanacheRepositoryBase<ChildRecordChange, Long> {

    /**
     * One page of the child's changes of these kinds, the newest first (then by id, the cursor's keys);
     * {@code limit + 1} rows. The index child_record_change_page serves this order.
     */
    public List<ChildRecordChange> newestFirst(UUID childId, Set<RecordChangeKind> kinds, PageQuery page) {
        String query = "childId = :child and kind in :kinds";
        Parameters parameters = Parameters.with("child", childId).and("kinds", kinds);
        if (page.after() != null) {
            query += " and (changedAt, id) < (:at, :id)";
            parameters.and("at", page.after().instant(0)).and("id", page.after().number(1));
        }
        return find(query, Sort.descending("changedAt", "id"), parameters).page(0, page.rows()).list();
    }

    /** The child's newest change of these kinds, if there is one. */
    public Optional<ChildRecordChange> newest(UUID childId, Set<RecordChangeKind> kinds) {
        return find("childId = ?1 and kind in ?2", Sort.descending("changedAt", "id"), childId, kinds)
                .firstResultOptional();
    }

    public static PageCursor cursorOf(ChildRecordChange change) {
        return PageCursor.of(change.getChangedAt(), change.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.NUMBER};
    }
}
