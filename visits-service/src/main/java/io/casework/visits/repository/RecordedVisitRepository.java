package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RecordedVisitRepository implements PanacheRepositoryBase<RecordedVisit, UUID> {

    public List<RecordedVisit> listForChild(UUID childId) {
        return list("childId", Sort.by("visitDate").and("recordedAt"), childId);
    }
}
