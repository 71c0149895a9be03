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

/** A child's visit plan for one plan type: how often they are visited, from when. */
@Entity
@Table(name = "visit_plan")
public class VisitPlan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false, updatable = false)
    public PlanType planType;

    @Column(name = "frequency_working_days", nullable = false)
    public int frequencyWorkingDays;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
