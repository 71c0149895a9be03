package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisitPlanRepository implements PanacheRepositoryBase<VisitPlan, UUID> {

    public Optional<VisitPlan> findFor(UUID childId, PlanType planType) {
        return find("childId = ?1 and planType = ?2", childId, planType).firstResultOptional();
    }
}
