package io.casework.approvals.repository;

import io.casework.approvals.domain.RoutingReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * One routing of a request (table {@code approval_routing}): to whom, from whom, why and when. Appended, never changed:
 * the history of where a request travelled is evidence of who was asked to decide it, and when.
 */
@Entity
@Immutable
@Table(name = "approval_routing")
public class RoutingRecord {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "from_assignee")
    private String fromAssignee;

    @Column(name = "to_assignee", nullable = false)
    private String toAssignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoutingReason reason;

    @Column(name = "routed_at", nullable = false)
    private Instant routedAt;

    @Column(name = "routed_by", nullable = false)
    private String routedBy;

    protected RoutingRecord() {
        // for Hibernate
    }

    /**
     * @param from     whom it left; null when it was opened
     * @param routedBy who made the change that moved it ("system" for a breach or a consumer's event)
     */
    public static RoutingRecord of(ApprovalRequest request, String from, RoutingReason reason, String routedBy,
                                   Instant at) {
        RoutingRecord record = new RoutingRecord();
        record.id = UUID.randomUUID();
        record.requestId = request.getId();
        record.fromAssignee = from;
        record.toAssignee = request.getAssignee();
        record.reason = reason;
        record.routedAt = at;
        record.routedBy = routedBy;
        return record;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getFromAssignee() {
        return fromAssignee;
    }

    public String getToAssignee() {
        return toAssignee;
    }

    public RoutingReason getReason() {
        return reason;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public String getRoutedBy() {
        return routedBy;
    }
}
