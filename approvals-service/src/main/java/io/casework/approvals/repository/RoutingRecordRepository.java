package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoutingRecordRepository implements PanacheRepositoryBase<RoutingRecord, UUID> {

    /** A request's routings, first to last. A request moves a handful of times, so the list is short. */
    public List<RoutingRecord> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by routedAt, id", requestId);
    }
}
