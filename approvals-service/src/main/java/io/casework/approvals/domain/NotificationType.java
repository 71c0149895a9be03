package io.casework.approvals.domain;

/**
 * What a notification tells its recipient. One vocabulary for the notification list ({@code NotificationDto}) and
 * the live inbox stream ({@code InboxEventDto}), which shows the same notifications: the same word for the same
 * thing, wherever a client meets it.
 */
public enum NotificationType {
    /** A request waits for the recipient's decision. */
    APPROVAL_REQUESTED,
    /** A request the recipient made, or was assigned, was decided. */
    APPROVAL_DECIDED,
    /**
     * Someone off a restricted record's list was refused it, in one of the services, and the recipient is the manager
     * for the child's area (ACCESS-RULES.md "Restricted child"). About an attempt, not a request.
     */
    RESTRICTED_ACCESS_REFUSED,
    /**
     * A deadline passed its due date unmet, and the recipient is whom it belongs to (its holder, or the holder of its
     * rule's role in the child's team). About a deadline, not a request.
     */
    DEADLINE_BREACHED,
    /** A breached deadline reached a step of its rule's escalation, and the recipient holds that step's role. */
    DEADLINE_ESCALATED,
    /**
     * Visits to a child keep failing and the recipient is the manager the step names in the child's team (004 "Failed
     * visits"), asked to record a case management decision. About a spell of failed access, not a request; read once
     * the failed access ends.
     */
    FAILED_ACCESS_ESCALATED
}
