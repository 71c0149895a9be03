package io.casework.visits.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The order of this service's lists of a child's visits, and how they are paged (docs/api-conventions.md "Lists are
 * paged"): by a date, then by id so that visits of one day keep a stable order; the next page starts strictly after
 * the last visit of the one before.
 */
final class DateKeyset {

    private DateKeyset() {
    }

    /** The cursor of a visit that sorts by {@code date}, then {@code id}. */
    static PageCursor cursor(LocalDate date, UUID id) {
        return PageCursor.of(date, id);
    }

    static PageCursor.Key[] keys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.UUID};
    }

    /** One page of the child's rows, ordered by the {@code date} field, then the {@code id} field; limit + 1 rows. */
    static <E> List<E> ofChild(PanacheRepositoryBase<E, UUID> rows, String date, String id, UUID childId,
                               PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        if (page.after() != null) {
            query.append(" and (%1$s > :afterDate or (%1$s = :afterDate and %2$s > :afterId))".formatted(date, id));
            parameters.and("afterDate", page.after().date(0)).and("afterId", page.after().uuid(1));
        }
        return rows.find(query.toString(), Sort.by(date).and(id), parameters).page(0, page.rows()).list();
    }
}
