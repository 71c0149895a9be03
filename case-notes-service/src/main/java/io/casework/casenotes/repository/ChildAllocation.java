package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One allocation of a child's case: to whom, in which team, by whom and when. Never changed once written. */
@Entity
@Immutable
@Table(name = "child_allocation")
public class ChildAllocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public String team;

    @Column(name = "allocated_worker", nullable = false)
    public String allocatedWorker;

    @Column(name = "allocated_by", nullable = false)
    public String allocatedBy;

    @Column(name = "allocated_at", nullable = false)
    public Instant allocatedAt;

    public static ChildAllocation of(Child child, String by, Instant at) {
        ChildAllocation allocation = new ChildAllocation();
        allocation.childId = child.id;
        allocation.team = child.team;
        allocation.allocatedWorker = child.allocatedWorker;
        allocation.allocatedBy = by;
        allocation.allocatedAt = at;
        return allocation;
    }
}
