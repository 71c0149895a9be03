package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, Long> {

    /** One page of the child's access log, the latest first; {@code limit + 1} rows. */
    public List<AccessLogEntry> ofChild(UUID childId, PageQuery page) {
        if (page.after() == null) {
            return find("childId = ?1 order by at desc, id desc", childId).page(0, page.rows()).list();
        }
        return find("childId = ?1 and (at, id) < (?2, ?3) order by at desc, id desc", childId,
                page.after().instant(0), page.after().number(1)).page(0, page.rows()).list();
    }

    public static PageCursor cursorOf(AccessLogEntry entry) {
        return PageCursor.of(entry.getAt(), entry.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.NUMBER};
    }

    public boolean holds(UUID accessId) {
        return count("accessId", accessId) > 0;
    }
}
