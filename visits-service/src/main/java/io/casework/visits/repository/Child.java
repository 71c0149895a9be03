package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What this service knows of a child, as case-notes-service announced it. Never edited here by a user. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String authority;

    @Column(nullable = false)
    public String team;

    @Column(name = "allocated_worker", nullable = false)
    public String allocatedWorker;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    @Column(name = "plan_start_date", nullable = false)
    public LocalDate planStartDate;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
