package io.casework.visits.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KitContactRepository implements PanacheRepositoryBase<KitContact, UUID> {

    /** One page of the child's rows, by day, then id; limit + 1 rows. */
    public List<KitContact> forChild(UUID childId, PageQuery page) {
        return DateKeyset.ofChild(this, "contactDate", "noteId", childId, page);
    }

    public static PageCursor cursorOf(KitContact row) {
        return DateKeyset.cursor(row.getContactDate(), row.getNoteId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return DateKeyset.keys();
    }
}
