package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, Long> {

    public List<AccessLogEntry> ofChild(UUID childId) {
        return list("childId = ?1 order by at desc, id desc", childId);
    }

    public boolean holds(UUID accessId) {
        return count("accessId", accessId) > 0;
    }
}
