package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/** Outcomes sent for authorisation (V20's pathway_outcome_request). */
@ApplicationScoped
public class PathwayOutcomeRequestRepository implements PanacheRepositoryBase<PathwayOutcomeRequest, UUID> {

    /** The request, locked while a decision is applied to it: the same decision arriving twice waits its turn. */
    public Optional<PathwayOutcomeRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
