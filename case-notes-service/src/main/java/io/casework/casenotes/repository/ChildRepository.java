package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    /**
     * One page of these children, the most recently opened first; {@code limit + 1} rows. Not by name: a child listed
     * without details (a stated purpose is needed) would show, by its place among the names, where its own falls.
     */
    public List<Child> newestFirst(Collection<UUID> ids, PageQuery page) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String query = "id in :ids";
        Parameters parameters = Parameters.with("ids", ids);
        if (page.after() != null) {
            query += " and (registeredAt < :at or (registeredAt = :at and id < :id))";
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query, Sort.descending("registeredAt", "id"), parameters).page(0, page.rows()).list();
    }

    public static PageCursor cursorOf(Child child) {
        return PageCursor.of(child.getRegisteredAt(), child.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
