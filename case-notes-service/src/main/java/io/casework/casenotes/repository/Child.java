package io.casework.casenotes.repository;

import io.casework.casenotes.domain.ChildParticulars;
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

/**
 * The child's basic record (table {@code child}). Opened by {@link #register}, which records an unborn child's
 * equality details as not yet obtained (002 s.6); its own facts change only through {@link #allocate} and
 * {@link #appointIro}, each of which raises {@link #getVersion() the version} (the record's ETag), so that no change
 * can leave an If-Match that named the old record still matching.
 */
@Entity
@Table(name = "child")
public class Child {

    /** 002 s.6: what an unborn child's ethnicity, religion and gender are recorded as, and any not given. */
    public static final String NOT_YET_OBTAINED = "Information not yet obtained";

    @Id
    private UUID id;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(nullable = false)
    private boolean unborn;

    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;

    @Column(nullable = false)
    private String gender;

    @Column(nullable = false)
    private String ethnicity;

    @Column(nullable = false)
    private String religion;

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

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Raised by every change of the record's own facts (allocation, IRO): its ETag, see Preconditions. */
    @Column(nullable = false)
    private long version;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    /** The IRO assigned to review the child's plan, or null. */
    private String iro;

    protected Child() {
        // for Hibernate
    }

    /**
     * Opens the record of the child {@code particulars} describe, in {@code team} of {@code authority}, allocated to
     * {@code allocatedWorker}, at version 1. For an unborn child gender, ethnicity and religion are not known yet,
     * whatever was given (002 s.6); for any child, one not given is recorded as not yet obtained.
     */
    public static Child register(ChildParticulars particulars, PlanType planType, LocalDate planStartDate,
                                 String authority, String team, String allocatedWorker, String registeredBy,
                                 Instant registeredAt) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.givenName = particulars.givenName().strip();
        child.familyName = particulars.familyName().strip();
        child.unborn = particulars.unborn();
        child.dateOfBirth = particulars.dateOfBirth();
        child.expectedDateOfBirth = particulars.expectedDateOfBirth();
        child.gender = equalityDetail(particulars.unborn(), particulars.gender());
        child.ethnicity = equalityDetail(particulars.unborn(), particulars.ethnicity());
        child.religion = equalityDetail(particulars.unborn(), particulars.religion());
        child.authority = authority;
        child.team = team;
        child.allocatedWorker = allocatedWorker;
        child.planType = planType;
        child.planStartDate = planStartDate;
        child.registeredBy = registeredBy;
        child.registeredAt = registeredAt;
        child.version = 1;
        return child;
    }

    /**
     * The case is allocated to {@code worker} of {@code team} (a transfer when the team is another), by {@code by}
     * at {@code at}.
     *
     * @return the allocation, for the record's allocation history
     */
    public ChildAllocation allocate(String team, String worker, String by, Instant at) {
        this.team = team;
        this.allocatedWorker = worker;
        version++;
        return ChildAllocation.of(this, by, at);
    }

    /** {@code iro} is appointed to review the child's plan; null ends the appointment. */
    public void appointIro(String iro) {
        this.iro = iro;
        version++;
    }

    public String displayName() {
        return givenName + " " + familyName;
    }

    private static String equalityDetail(boolean unborn, String given) {
        return unborn || given == null || given.isBlank() ? NOT_YET_OBTAINED : given.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public boolean isUnborn() {
        return unborn;
    }

    public LocalDate getExpectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public String getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getReligion() {
        return religion;
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

    public long getVersion() {
        return version;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getIro() {
        return iro;
    }
}
