package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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

    public List<Staff> page(String team, int offset, int limit) {
        return team == null
                ? find("leftAt is null order by username").range(offset, offset + limit - 1).list()
                : find("team = ?1 and leftAt is null order by username", team).range(offset, offset + limit - 1)
                .list();
    }

    public List<Staff> supervisedBy(String username) {
        return list("supervisor = ?1 and leftAt is null order by username", username);
    }
}
