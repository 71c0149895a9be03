package io.casework.approvals.repository;

import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoutingRecordRepository implements PanacheRepositoryBase<RoutingRecord, UUID> {

    /** One page of a request's routings, first to last; {@code limit + 1} rows, see Pagination. */
    public List<RoutingRecord> ofRequest(UUID requestId, PageQuery page) {
        StringBuilder query = new StringBuilder("requestId = :request");
        Parameters parameters = Parameters.with("request", requestId);
        if (page.after() != null) {
            query.append(" and (routedAt, id) > (:at, :id)");
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query + " order by routedAt, id", parameters).page(0, page.rows()).list();
    }
}
