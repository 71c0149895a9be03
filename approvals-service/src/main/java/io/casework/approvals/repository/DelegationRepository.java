package io.casework.approvals.repository;

import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    /** Whom {@code delegate} acts for at {@code at}: the delegators of every delegation to them running then. */
    public Set<String> delegatorsFor(String delegate, Instant at) {
        return list("delegate = ?1 and startsAt <= ?2 and endsAt > ?2 and (endedAt is null or endedAt > ?2)",
                delegate, at).stream().map(Delegation::getDelegator).collect(Collectors.toSet());
    }

    /** Who acts for {@code delegator} at {@code at}. */
    public Set<String> delegatesOf(String delegator, Instant at) {
        return list("delegator = ?1 and startsAt <= ?2 and endsAt > ?2 and (endedAt is null or endedAt > ?2)",
                delegator, at).stream().map(Delegation::getDelegate).collect(Collectors.toSet());
    }

    /** One page of the delegations {@code username} gives or holds, latest start first. */
    public List<Delegation> involving(String username, PageQuery page) {
        StringBuilder query = new StringBuilder("(delegator = :me or delegate = :me)");
        Parameters parameters = Parameters.with("me", username);
        if (page.after() != null) {
            query.append(" and (startsAt, id) < (:at, :id)");
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query + " order by startsAt desc, id desc", parameters).page(0, page.rows()).list();
    }
}
