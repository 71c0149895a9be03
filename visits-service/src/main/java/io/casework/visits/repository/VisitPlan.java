package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import io.casework.contracts.VisitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One basis of a child's visits: what they are owed visits for (a placement, a CP or CIN plan, a private fostering
 * arrangement, a care leaver's eligibility, or the plan type they were registered on), from when, in which
 * circumstances, and the rule set's frequency chosen for them. A new basis ends the one before it: a new placement
 * restarts the cycle (reg 28). The id is derived from the basis (see {@code VisitIds}) so a replayed topic finds the
 * same plan. Fields are private: only the factory and the named changes set them.
 */
@Entity
@Table(name = "visit_plan")
public class VisitPlan {

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    /** The plan type the child was registered on, for a plan made from the registration; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", updatable = false)
    private PlanType planType;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_kind", nullable = false, updatable = false)
    private VisitKind visitKind;

    /** The rule set's visit frequency that applies, chosen when the plan began. */
    @Column(name = "frequency_rule", nullable = false)
    private String frequencyRule;

    @Column(name = "basis_step_id")
    private UUID basisStepId;

    /** The circumstances the frequency was chosen by: placement type, legal status, arrangement, until 18. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, String> facts;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "first_review_on")
    private LocalDate firstReviewOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VisitPlan() {
        // for Hibernate
    }

    /**
     * Visits of {@code kind} begin on {@code startDate}, at the frequency {@code frequencyRule} of the authority's
     * rule set.
     *
     * @param basisStepId the pathway step they are for, or null for the plan type the child was registered on
     */
    public static VisitPlan begin(UUID planId, UUID childId, PlanType planType, VisitKind kind, String frequencyRule,
                                  UUID basisStepId, Map<String, String> facts, LocalDate startDate, Instant at) {
        VisitPlan plan = new VisitPlan();
        plan.planId = planId;
        plan.childId = childId;
        plan.planType = planType;
        plan.visitKind = kind;
        plan.frequencyRule = frequencyRule;
        plan.basisStepId = basisStepId;
        plan.facts = Map.copyOf(facts);
        plan.startDate = startDate;
        plan.createdAt = at;
        return plan;
    }

    /**
     * A pathway step turned out to be the plan the child was registered on (same kind, start and frequency): the
     * plan is that step's from now on, so that its end ends the visits.
     */
    public void adopt(UUID stepId) {
        if (basisStepId == null) {
            this.basisStepId = stepId;
        }
    }

    /** The basis ended, or another replaced it: no further visits are planned from it. */
    public void end(LocalDate on) {
        if (endedOn == null) {
            this.endedOn = on;
        }
    }

    /** The child's first looked-after review was held: reg 28's weekly stages end with it. */
    public void firstReviewHeld(LocalDate on) {
        if (firstReviewOn == null || on.isBefore(firstReviewOn)) {
            this.firstReviewOn = on;
        }
    }

    public boolean inForce() {
        return endedOn == null;
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

    public VisitKind getVisitKind() {
        return visitKind;
    }

    public String getFrequencyRule() {
        return frequencyRule;
    }

    public Optional<UUID> getBasisStepId() {
        return Optional.ofNullable(basisStepId);
    }

    public Map<String, String> getFacts() {
        return facts;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Optional<LocalDate> getFirstReviewOn() {
        return Optional.ofNullable(firstReviewOn);
    }

    public Optional<LocalDate> getEndedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
