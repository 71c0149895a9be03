package io.casework.backbone.access.readmodel;

import io.casework.backbone.access.Restriction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The facts about one child that access depends on: team, allocation, IRO, plan and restriction. */
@Entity
@Table(name = "access_child")
public class AccessChild extends PanacheEntityBase {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(nullable = false)
    public String team;

    @Column(name = "allocated_worker", nullable = false)
    public String allocatedWorker;

    public String iro;

    @Column(name = "looked_after", nullable = false)
    public boolean lookedAfter;

    @Column(name = "adoption_plan", nullable = false)
    public boolean adoptionPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Restriction restriction = Restriction.NONE;

    /** The child's record version at the restriction's last decision: 0 while none was made. */
    @Column(name = "restriction_version", nullable = false)
    public long restrictionVersion;
}
