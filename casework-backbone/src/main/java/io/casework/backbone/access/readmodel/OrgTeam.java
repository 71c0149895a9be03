package io.casework.backbone.access.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team and the service area it belongs to, as the organisation model last published it. */
@Entity
@Table(name = "org_team")
public class OrgTeam extends PanacheEntityBase {

    @Id
    public String team;

    @Column(nullable = false)
    public String name;

    @Column(name = "service_area", nullable = false)
    public String serviceArea;

    @Column(nullable = false)
    public long version;
}
