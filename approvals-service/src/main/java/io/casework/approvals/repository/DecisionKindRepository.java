package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DecisionKindRepository implements PanacheRepositoryBase<DecisionKind, String> {

    public List<DecisionKind> catalogue() {
        return list("order by kind");
    }

    /** The kinds whose decision is timed by the timescale rule {@code ruleId}. */
    public List<String> timedBy(String ruleId) {
        return list("timescaleRule", ruleId).stream().map(DecisionKind::getKind).toList();
    }
}
