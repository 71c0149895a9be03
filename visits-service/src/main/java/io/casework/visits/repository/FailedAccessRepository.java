package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class FailedAccessRepository implements PanacheRepositoryBase<FailedAccess, UUID> {

    /** The child's open spell, locked: the consumer and the scan must not both take a step. */
    public Optional<FailedAccess> findOpenForUpdate(UUID childId) {
        return find("childId = ?1 and endedOn is null", childId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The open spells of these children, by child. */
    public Map<UUID, FailedAccess> openOf(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return list("childId in ?1 and endedOn is null", childIds).stream()
                .collect(Collectors.toMap(FailedAccess::getChildId, Function.identity()));
    }
}
