package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    public List<Child> withIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Child> inTeam(String team) {
        return list("team = ?1 order by familyName, givenName", team);
    }

    public List<Child> allocatedTo(String username) {
        return list("allocatedWorker = ?1 order by familyName, givenName", username);
    }
}
