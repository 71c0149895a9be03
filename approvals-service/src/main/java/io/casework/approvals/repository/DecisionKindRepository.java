package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DecisionKindRepository implements PanacheRepositoryBase<DecisionKind, String> {

    public List<DecisionKind> catalogue() {
        return list("order by kind");
    }
}
