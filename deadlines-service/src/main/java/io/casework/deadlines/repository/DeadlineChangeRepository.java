package io.casework.deadlines.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeadlineChangeRepository implements PanacheRepositoryBase<DeadlineChange, UUID> {

    /** One page of a deadline's history, oldest first; {@code limit + 1} rows. */
    public List<DeadlineChange> of(UUID deadlineId, PageQuery page) {
        StringBuilder query = new StringBuilder("deadlineId = :deadline");
        Parameters parameters = Parameters.with("deadline", deadlineId);
        if (page.after() != null) {
            query.append(" and (changedAt, id) > (:at, :id)");
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query.toString(), Sort.by("changedAt").and("id"), parameters).page(0, page.rows()).list();
    }

    /** The order of a history and the cursor that pages it: when, then id. */
    public static PageCursor cursorOf(DeadlineChange change) {
        return PageCursor.of(change.getChangedAt(), change.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
