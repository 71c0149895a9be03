package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request for a decision, routed to one approver, and once decided the decision itself. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public String subjectId;

    @Column(name = "subject_version", nullable = false, updatable = false)
    public int subjectVersion;

    @Column(nullable = false, updatable = false)
    public String team;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requester_name", nullable = false, updatable = false)
    public String requesterName;

    @Column(nullable = false)
    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "due_by")
    public LocalDate dueBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_by_designation")
    public String decidedByDesignation;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String comments;
}
