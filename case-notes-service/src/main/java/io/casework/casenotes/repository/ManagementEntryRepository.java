package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ManagementEntryRepository implements PanacheRepositoryBase<ManagementEntry, UUID> {

    public List<ManagementEntry> forNote(UUID noteId) {
        return list("noteId = ?1 order by decidedAt", noteId);
    }

    /** The entries on each of these notes, by note, oldest first, in one query. */
    public Map<UUID, List<ManagementEntry>> forNotes(Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return list("noteId in ?1 order by decidedAt", noteIds).stream()
                .collect(Collectors.groupingBy(ManagementEntry::getNoteId));
    }
}
