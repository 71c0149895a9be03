package io.casework.visits.repository;

import io.casework.contracts.PlanType;
import io.casework.visits.domain.ChildNames;
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
 * What this service knows of a child, as case-notes-service announced it. Never edited here by a user: it is made by
 * {@link #register} and changes only as case-notes-service announces, by {@link #reregister} (the registration
 * announced again, corrected or replayed), {@link #allocate} (the case moved) and {@link #rename} (the record's names
 * corrected, or given at birth). The fields are private so that no other change is possible; the times are the
 * caller's, from the service's one clock.
 */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @Column(name = "child_id")
    private UUID childId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    /** The version of the child's record the names come from: an older announcement never puts back an old name. */
    @Column(name = "names_version", nullable = false)
    private long namesVersion;

    @Column(nullable = false)
    private String authority;

    @Column(nullable = false)
    private String team;

    @Column(name = "allocated_worker", nullable = false)
    private String allocatedWorker;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    private PlanType planType;

    @Column(name = "plan_start_date", nullable = false)
    private LocalDate planStartDate;

    /** Null for an unborn child, and until case-notes-service says. */
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    /** The SSDA903 legal status of the child's current looked-after episode; null when not looked after. */
    @Column(name = "legal_status")
    private String legalStatus;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Child() {
        // for Hibernate
    }

    /** The version of a child's record when it is opened. */
    public static final long OPENED = 1;

    /** A child case-notes-service registered, first heard of here {@code at}. */
    public static Child register(UUID childId, ChildNames names, String authority, String team,
                                 String allocatedWorker, PlanType planType, LocalDate planStartDate, Instant at) {
        Child child = new Child();
        child.childId = childId;
        child.registeredAt = at;
        child.reregister(names, authority, team, allocatedWorker, planType, planStartDate, at);
        return child;
    }

    /**
     * The child's registration was announced again (corrected, or a replayed topic): the latest details stand, and
     * the names unless a later change of the record renamed the child.
     */
    public void reregister(ChildNames names, String authority, String team, String allocatedWorker,
                           PlanType planType, LocalDate planStartDate, Instant at) {
        rename(names, OPENED, at);
        this.authority = authority;
        this.team = team;
        this.allocatedWorker = allocatedWorker;
        this.planType = planType;
        this.planStartDate = planStartDate;
        this.updatedAt = at;
    }

    /** The record's names as of its {@code version}; an announcement older than the names held changes nothing. */
    public void rename(ChildNames names, long version, Instant at) {
        if (version < namesVersion) {
            return;
        }
        this.givenName = names.givenName();
        this.familyName = names.familyName();
        this.displayName = names.displayName();
        this.namesVersion = version;
        this.updatedAt = at;
    }

    /** The case moved to another worker or team. */
    public void allocate(String team, String allocatedWorker, Instant at) {
        this.team = team;
        this.allocatedWorker = allocatedWorker;
        this.updatedAt = at;
    }

    /** The child's date of birth as case-notes-service last announced it (null: unborn, or not said). */
    public void born(LocalDate dateOfBirth, Instant at) {
        if (dateOfBirth != null) {
            this.dateOfBirth = dateOfBirth;
            this.updatedAt = at;
        }
    }

    /** A looked-after episode started under this legal status, or the last one ended (null). */
    public void lookedAfterUnder(String legalStatus, Instant at) {
        this.legalStatus = legalStatus;
        this.updatedAt = at;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getAuthority() {
        return authority;
    }

    public String getTeam() {
        return team;
    }

    public String getAllocatedWorker() {
        return allocatedWorker;
    }

    public PlanType getPlanType() {
        return planType;
    }

    public LocalDate getPlanStartDate() {
        return planStartDate;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
