package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, String> {

    public List<Team> allById() {
        return list("order by id");
    }
}
