package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ManagementEntryRepository implements PanacheRepositoryBase<ManagementEntry, UUID> {

    public List<ManagementEntry> forNote(UUID noteId) {
        return list("noteId = ?1 order by decidedAt", noteId);
    }
}
