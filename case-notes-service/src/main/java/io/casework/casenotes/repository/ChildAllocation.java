package io.casework.casenotes.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * One allocation of a child's case: to whom, in which team, by whom and when (table {@code child_allocation}).
 * Append-only history: made whole by {@link #of} when the record is opened or {@link Child#allocate allocated}, and
 * never changed (no setters, {@link Immutable}).
 */
@Entity
@Immutable
@Table(name = "child_allocation")
public class ChildAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(nullable = false)
    private String team;

    @Column(name = "allocated_worker", nullable = false)
    private String allocatedWorker;

    @Column(name = "allocated_by", nullable = false)
    private String allocatedBy;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    protected ChildAllocation() {
        // for Hibernate
    }

    /** The child's allocation as it now stands, made by {@code by} at {@code at}. */
    public static ChildAllocation of(Child child, String by, Instant at) {
        ChildAllocation allocation = new ChildAllocation();
        allocation.childId = child.getId();
        allocation.team = child.getTeam();
        allocation.allocatedWorker = child.getAllocatedWorker();
        allocation.allocatedBy = by;
        allocation.allocatedAt = at;
        return allocation;
    }

    public Long getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getTeam() {
        return team;
    }

    public String getAllocatedWorker() {
        return allocatedWorker;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }
}
