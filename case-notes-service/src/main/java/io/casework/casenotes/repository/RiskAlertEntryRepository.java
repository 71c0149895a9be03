package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.chain.RecordChain;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /**
     * One page of an alert's acts, the latest first (then by id: the cursor's keys); {@code limit + 1} rows, of one
     * act when {@code act} is named. The index risk_alert_entry_of_alert serves this order.
     */
    public List<RiskAlertEntry> ofAlert(UUID alertId, RiskAlertEntry.Act act, PageQuery page) {
        StringBuilder query = new StringBuilder("alertId = :alert");
        Parameters parameters = Parameters.with("alert", alertId);
        if (act != null) {
            query.append(" and act = :act");
            parameters.and("act", act);
        }
        LatestFirst.after(query, parameters, page, "at");
        return find(query.toString(), LatestFirst.sort("at"), parameters).page(0, page.rows()).list();
    }

    public static PageCursor cursorOf(RiskAlertEntry entry) {
        return LatestFirst.cursor(entry.getAt(), entry.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return LatestFirst.KEYS;
    }
}
