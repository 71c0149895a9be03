package io.casework.approvals.repository;

import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, String> {

    /** Someone who holds a post now; empty for a person who left or never joined. */
    public Optional<Staff> current(String username) {
        return find("username = ?1 and leftAt is null", username).firstResultOptional();
    }

    public List<Staff> currentInTeam(String team) {
        return list("team = ?1 and leftAt is null order by username", team);
    }

    /** One page of those who hold a post now, by username, optionally of one team; {@code limit + 1} rows. */
    public List<Staff> current(String team, PageQuery page) {
        StringBuilder query = new StringBuilder("leftAt is null");
        Parameters parameters = new Parameters();
        if (team != null) {
            query.append(" and team = :team");
            parameters.and("team", team);
        }
        if (page.after() != null) {
            query.append(" and username > :after");
            parameters.and("after", page.after().text(0));
        }
        return find(query + " order by username", parameters).page(0, page.rows()).list();
    }

    public List<Staff> supervisedBy(String username) {
        return list("supervisor = ?1 and leftAt is null order by username", username);
    }
}
