package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FailedAccessRepository implements PanacheRepositoryBase<FailedAccess, UUID> {

    /** The child's open spell, locked: the consumer and the scan must not both take a step. */
    public Optional<FailedAccess> findOpenForUpdate(UUID childId) {
        return find("childId = ?1 and endedOn is null", childId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Open spells, oldest first, a batch at a time, for the scan. */
    public List<FailedAccess> openBatch(int size) {
        return find("endedOn is null order by failedSince, failedAccessId").page(0, size).list();
    }
}
