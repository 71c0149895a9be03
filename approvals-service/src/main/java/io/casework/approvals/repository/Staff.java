package io.casework.approvals.repository;

import io.casework.contracts.Post;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A member of staff in the organisation model: their post, and the team or service area it sits in. Kept after they
 * leave (marked left) so that the history of who held what stays readable.
 */
@Entity
@Table(name = "staff_member")
public class Staff extends PanacheEntityBase {

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

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public boolean hasLeft() {
        return leftAt != null;
    }
}
