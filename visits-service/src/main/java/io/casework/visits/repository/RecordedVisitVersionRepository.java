package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RecordedVisitVersionRepository
        implements PanacheRepositoryBase<RecordedVisitVersion, RecordedVisitVersion.Key> {

    /** Every version of a visit, first first. */
    public List<RecordedVisitVersion> history(UUID noteId) {
        return list("key.noteId = ?1 order by key.noteVersion", noteId);
    }
}
