package io.casework.approvals.repository;

import io.casework.approvals.domain.NotificationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in one person's inbox about a request: one was routed to them, or theirs was decided (table
 * {@code notification}). Sent by {@link #send}, numbered in its recipient's sequence; afterwards it changes only by
 * being read ({@link #markRead}), once: what it said, to whom and when stay as they were sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** The longest message the inbox keeps (the column's length); a longer one is cut. */
    private static final int MESSAGE_LENGTH = 500;

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationType type;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Its place among the recipient's notifications, 1, 2, 3... in commit order: the live stream's event id. */
    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for Hibernate
    }

    /**
     * A new unread notification to {@code recipient} about the request, number {@code seq} of theirs (see
     * {@link NotificationRepository#nextSeq}).
     */
    public static Notification send(String recipient, NotificationType type, ApprovalRequest about, String message,
                                    long seq, Instant createdAt) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = recipient;
        notification.type = type;
        notification.requestId = about.getId();
        notification.childId = about.getChildId();
        notification.message = message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
        notification.createdAt = createdAt;
        notification.seq = seq;
        return notification;
    }

    /** Its recipient has read it at {@code at}; reading it again changes nothing, it stays read from the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isFor(String username) {
        return recipient.equals(username);
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationType getType() {
        return type;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
