package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainSeal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class InformationRemovalRepository implements PanacheRepositoryBase<InformationRemoval, UUID> {

    /** The removals from one version, oldest first. */
    public List<InformationRemoval> ofVersion(UUID noteId, int version) {
        return list("noteId = ?1 and noteVersion = ?2 order by removedAt", noteId, version);
    }

    /** The removals from any version of these notes, by note, oldest first, in one query. */
    public Map<UUID, List<InformationRemoval>> ofNotes(Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return list("noteId in ?1 order by removedAt", noteIds).stream()
                .collect(Collectors.groupingBy(InformationRemoval::getNoteId));
    }

    /**
     * Redacts the removal's parts of its version and records the removal, sealed, in one call of the database
     * function that alone may do either (V13): the runtime role may not update a version or insert a removal itself.
     * The function refuses a request that is not approved, or a version or part its decision did not name.
     */
    public void apply(InformationRemoval removal) {
        ChainSeal seal = removal.chainSeal();
        // The function reads the request's decision: what this transaction changed of it must be written first.
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(db -> {
            try (PreparedStatement call = db.prepareStatement(
                    "select casework_remove_information(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                call.setObject(1, removal.getId());
                call.setObject(2, removal.getRemovalRequestId());
                call.setObject(3, removal.getNoteId());
                call.setInt(4, removal.getNoteVersion());
                call.setArray(5, db.createArrayOf("text", removal.getFields().stream().map(Enum::name).toArray()));
                call.setArray(6, db.createArrayOf("text", removal.getOriginalDigests().toArray()));
                call.setString(7, removal.getSectionsLeftDigest());
                call.setObject(8, OffsetDateTime.ofInstant(removal.getRemovedAt(), ZoneOffset.UTC));
                call.setLong(9, seal.position());
                call.setBytes(10, seal.digest());
                call.setBytes(11, seal.seal());
                call.setString(12, seal.keyId());
                call.execute();
            }
        });
    }
}
