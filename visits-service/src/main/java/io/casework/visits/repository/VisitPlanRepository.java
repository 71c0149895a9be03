package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisitPlanRepository implements PanacheRepositoryBase<VisitPlan, UUID> {

    /** The child's plan in force: at most one (a unique index says so). */
    public Optional<VisitPlan> findInForce(UUID childId) {
        return find("childId = ?1 and endedOn is null", childId).firstResultOptional();
    }

    public Optional<VisitPlan> findByBasisStep(UUID stepId) {
        return find("basisStepId", stepId).firstResultOptional();
    }
}
