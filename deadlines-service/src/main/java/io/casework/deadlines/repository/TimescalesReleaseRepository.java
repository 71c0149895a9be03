package io.casework.deadlines.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TimescalesReleaseRepository implements PanacheRepositoryBase<TimescalesRelease, String> {
}
