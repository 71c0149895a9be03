package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    public List<CaseNote> ofChild(UUID childId) {
        return list("childId = ?1 order by eventDate desc, writtenAt desc", childId);
    }

    /** Row-locked, so that an edit and a manager's decision on the same note cannot interleave. */
    public Optional<CaseNote> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
