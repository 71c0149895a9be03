package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A message in one person's inbox about a request: one was routed to them, or theirs was decided. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public enum Type { APPROVAL_REQUESTED, APPROVAL_DECIDED }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Type type;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Column(nullable = false, updatable = false)
    public String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Its place among the recipient's notifications, 1, 2, 3... in commit order: the live stream's event id. */
    @Column(nullable = false, updatable = false)
    public long seq;

    @Column(name = "read_at")
    public Instant readAt;
}
