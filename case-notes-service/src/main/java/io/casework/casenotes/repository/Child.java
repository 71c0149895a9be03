package io.casework.casenotes.repository;

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

/** The child's basic record. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(nullable = false)
    public boolean unborn;

    @Column(name = "expected_date_of_birth")
    public LocalDate expectedDateOfBirth;

    @Column(nullable = false)
    public String gender;

    @Column(nullable = false)
    public String ethnicity;

    @Column(nullable = false)
    public String religion;

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

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Raised by every change of the record's own facts (allocation, IRO): its ETag, see Preconditions. */
    @Column(nullable = false)
    public long version = 1;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** The IRO assigned to review the child's plan, or null. */
    public String iro;

    public String displayName() {
        return givenName + " " + familyName;
    }
}
