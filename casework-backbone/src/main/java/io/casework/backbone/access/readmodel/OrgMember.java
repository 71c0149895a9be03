package io.casework.backbone.access.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.casework.contracts.Post;

/** A member of staff who holds a post now, as the organisation model last published them. */
@Entity
@Table(name = "org_member")
public class OrgMember extends PanacheEntityBase {

    @Id
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Post post;

    public String team;

    @Column(name = "service_area")
    public String serviceArea;

    public String supervisor;

    @Column(nullable = false)
    public long version;
}
