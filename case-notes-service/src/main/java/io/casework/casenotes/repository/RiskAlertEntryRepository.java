package io.casework.casenotes.repository;

import io.casework.casenotes.chain.RecordChain;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The acts on risk alerts (V21's risk_alert_entry), each appended through the child's chain. */
@ApplicationScoped
public class RiskAlertEntryRepository implements PanacheRepositoryBase<RiskAlertEntry, UUID> {

    @Inject
    RecordChain chain;

    /** Seals the entry on the child's chain and stores it, in the caller's transaction. */
    public void append(RiskAlertEntry entry) {
        chain.append(entry);
    }

    /** An alert's acts, oldest first. A handful per alert (two a year at most), so not paged. */
    public List<RiskAlertEntry> ofAlert(UUID alertId) {
        return list("alertId = ?1 order by at, id", alertId);
    }
}
