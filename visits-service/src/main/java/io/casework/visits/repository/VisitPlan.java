package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import io.casework.visits.domain.VisitIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's visit plan for one plan type: how often they are visited, from when. Made once, by {@link #start}, with
 * the id derived from the child and plan type (so a replayed topic finds the same plan) and the frequency configured
 * at the time; it never changes after, so every visit planned from it was counted the same way. Fields are private:
 * nothing but the factory sets them.
 */
@Entity
@Table(name = "visit_plan")
public class VisitPlan {

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false, updatable = false)
    private PlanType planType;

    @Column(name = "frequency_working_days", nullable = false)
    private int frequencyWorkingDays;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VisitPlan() {
        // for Hibernate
    }

    /** The child's plan of this type starts on {@code startDate}, visited every {@code frequencyWorkingDays}. */
    public static VisitPlan start(UUID childId, PlanType planType, int frequencyWorkingDays, LocalDate startDate,
                                  Instant createdAt) {
        if (frequencyWorkingDays < 1) {
            throw new IllegalArgumentException("a visit plan's frequency must be at least 1 working day, was "
                    + frequencyWorkingDays);
        }
        VisitPlan plan = new VisitPlan();
        plan.planId = VisitIds.plan(childId, planType);
        plan.childId = childId;
        plan.planType = planType;
        plan.frequencyWorkingDays = frequencyWorkingDays;
        plan.startDate = startDate;
        plan.createdAt = createdAt;
        return plan;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getChildId() {
        return childId;
    }

    public PlanType getPlanType() {
        return planType;
    }

    public int getFrequencyWorkingDays() {
        return frequencyWorkingDays;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
