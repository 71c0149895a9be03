package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A senior manager's group of teams, under a head of service. */
@Entity
@Table(name = "service_area")
public class ServiceArea extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "head_of_service")
    public String headOfService;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public java.time.Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
