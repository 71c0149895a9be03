package io.casework.visits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisitFrequencySettingRepository implements PanacheRepositoryBase<VisitFrequencySetting, UUID> {

    /** The manager's setting in force for the child, if any: the latest, unless it handed the child back. */
    public Optional<VisitFrequencySetting> inForce(UUID childId) {
        return find("childId = ?1 order by setAt desc", childId).firstResultOptional()
                .filter(setting -> setting.every().isPresent());
    }
}
