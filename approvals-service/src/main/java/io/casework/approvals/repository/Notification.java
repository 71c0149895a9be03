package io.casework.approvals.repository;

import io.casework.approvals.domain.MailState;
import io.casework.approvals.domain.NotificationState;
import io.casework.approvals.domain.NotificationType;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.contracts.events.RestrictedAccessRefused;
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
 * A message in one person's inbox about a request (one was routed to them, or theirs was decided), or an alert about
 * a refused attempt, a deadline or failed access to a child (table {@code notification}). Sent by {@link #send} or
 * one of the alerts' factories, numbered in its recipient's sequence; afterwards it changes only by being read
 * ({@link #markRead}), once: what it said, to whom and when stay as they were sent.
 * <p>
 * Each is raised with its e-mail {@link MailState#PENDING}, due at once: the mail relay sends it after the raising
 * transaction has committed (issue 17). The mail columns are written here only on insert; the relay alone changes them
 * afterwards, by statements of its own (NotificationRepository), so that marking a notification read never writes back
 * a mail state it loaded earlier.
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

    /** The request it is about; null for an alert, which is about an attempt. */
    @Column(name = "request_id", updatable = false)
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

    /** When the decision the notification asked for was made; null while it waits, and on alerts. */
    @Column(name = "acted_at")
    private Instant actedAt;

    /** For an alert of a refused attempt on a restricted record: the attempt; null for every other notification. */
    @Column(name = "attempt_id", updatable = false)
    private UUID attemptId;

    @Column(name = "attempt_service", updatable = false)
    private String attemptService;

    @Column(name = "attempt_username", updatable = false)
    private String attemptUsername;

    @Column(name = "attempt_full_name", updatable = false)
    private String attemptFullName;

    @Column(name = "attempt_designation", updatable = false)
    private String attemptDesignation;

    @Column(name = "attempt_team", updatable = false)
    private String attemptTeam;

    @Column(name = "attempt_action", updatable = false)
    private String attemptAction;

    @Column(name = "attempt_access_class", updatable = false)
    private String attemptAccessClass;

    @Column(name = "attempted_at", updatable = false)
    private Instant attemptedAt;

    /** For an alert of a breached deadline or an escalation step: the deadline; null for every other notification. */
    @Column(name = "deadline_id", updatable = false)
    private UUID deadlineId;

    @Column(name = "deadline_rule_id", updatable = false)
    private String deadlineRuleId;

    @Column(name = "deadline_due_date", updatable = false)
    private LocalDate deadlineDueDate;

    /** 0 for the breach, 1, 2... for each escalation step. */
    @Column(name = "escalation_step", updatable = false)
    private Integer escalationStep;

    /** For an alert of failed access to a child: the spell; null for every other notification. */
    @Column(name = "failed_access_id", updatable = false)
    private UUID failedAccessId;

    /** The step: the post it went to (PRACTICE_MANAGER, TEAM_MANAGER or SENIOR_MANAGER). */
    @Column(name = "failed_access_step", updatable = false)
    private String failedAccessStep;

    @Column(name = "failed_since", updatable = false)
    private LocalDate failedSince;

    @Column(name = "failed_visits", updatable = false)
    private Integer failedVisits;

    @Column(name = "alert_by", updatable = false)
    private LocalDate alertBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, updatable = false)
    private MailState mailState;

    /** While the mail is pending: when the relay may next take it. */
    @Column(name = "mail_due_at", updatable = false)
    private Instant mailDueAt;

    @Column(name = "mail_attempts", nullable = false, updatable = false)
    private int mailAttempts;

    @Column(name = "mailed_at", updatable = false)
    private Instant mailedAt;

    protected Notification() {
        // for Hibernate
    }

    /**
     * A new unread notification to {@code recipient} about the request, number {@code seq} of theirs (see
     * {@link NotificationRepository#nextSeq}).
     */
    public static Notification send(String recipient, NotificationType type, ApprovalRequest about, String message,
                                    long seq, Instant createdAt) {
        Notification notification = raise(recipient, type, about.getChildId(), message, seq, createdAt);
        notification.requestId = about.getId();
        return notification;
    }

    /**
     * An alert to {@code recipient}, the manager for the area, that someone off a restricted record's list was refused
     * it (ACCESS-RULES.md "Restricted child"), number {@code seq} of theirs. About the attempt, not a request.
     */
    public static Notification alert(String recipient, RestrictedAccessRefused attempt, String message, long seq,
                                     Instant createdAt) {
        Notification notification = raise(recipient, NotificationType.RESTRICTED_ACCESS_REFUSED, attempt.childId(),
                message, seq, createdAt);
        notification.attemptId = attempt.attemptId();
        notification.attemptService = attempt.service();
        notification.attemptUsername = attempt.username();
        notification.attemptFullName = attempt.fullName();
        notification.attemptDesignation = attempt.designation();
        notification.attemptTeam = attempt.team();
        notification.attemptAction = attempt.action();
        notification.attemptAccessClass = attempt.accessClass();
        notification.attemptedAt = attempt.at();
        return notification;
    }

    /**
     * An alert to {@code recipient} that a deadline passed its due date unmet ({@code step} 0) or reached step
     * {@code step} of its rule's escalation, number {@code seq} of theirs. About a deadline, not a request.
     */
    public static Notification deadlineAlert(String recipient, UUID childId, UUID deadlineId, String ruleId,
                                             LocalDate dueDate, int step, String message, long seq,
                                             Instant createdAt) {
        Notification notification = raise(recipient,
                step == 0 ? NotificationType.DEADLINE_BREACHED : NotificationType.DEADLINE_ESCALATED, childId, message,
                seq, createdAt);
        notification.deadlineId = deadlineId;
        notification.deadlineRuleId = ruleId;
        notification.deadlineDueDate = dueDate;
        notification.escalationStep = step;
        return notification;
    }

    /**
     * An alert to {@code recipient}, the holder of the post a step of failed access names in the child's team, that
     * the step was escalated to them (004 "Failed visits"), number {@code seq} of theirs. About the spell, not a
     * request.
     */
    public static Notification failedAccessAlert(String recipient, FailedAccessEscalated step, String message,
                                                 long seq, Instant createdAt) {
        Notification notification = raise(recipient, NotificationType.FAILED_ACCESS_ESCALATED, step.childId(),
                message, seq, createdAt);
        notification.failedAccessId = step.failedAccessId();
        notification.failedAccessStep = step.escalateTo();
        notification.failedSince = step.failedSince();
        notification.failedVisits = step.failedVisits();
        notification.alertBy = step.alertBy();
        return notification;
    }

    // What every notification has, its mail waiting for the relay from the moment it is raised.
    private static Notification raise(String recipient, NotificationType type, UUID childId, String message, long seq,
                                      Instant createdAt) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = recipient;
        notification.type = type;
        notification.childId = childId;
        notification.message = message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
        notification.createdAt = createdAt;
        notification.seq = seq;
        notification.mailState = MailState.PENDING;
        notification.mailDueAt = createdAt;
        return notification;
    }

    /** Its recipient has read it at {@code at}; reading it again changes nothing, it stays read from the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** Unread, read, or acted on: acted on once the decision it asked for was made, whoever made it. */
    public NotificationState state() {
        return actedAt != null ? NotificationState.ACTED : readAt != null ? NotificationState.READ
                : NotificationState.UNREAD;
    }

    public Instant getActedAt() {
        return actedAt;
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

    public UUID getAttemptId() {
        return attemptId;
    }

    public String getAttemptService() {
        return attemptService;
    }

    public String getAttemptUsername() {
        return attemptUsername;
    }

    public String getAttemptFullName() {
        return attemptFullName;
    }

    public String getAttemptDesignation() {
        return attemptDesignation;
    }

    public String getAttemptTeam() {
        return attemptTeam;
    }

    public String getAttemptAction() {
        return attemptAction;
    }

    public String getAttemptAccessClass() {
        return attemptAccessClass;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public UUID getDeadlineId() {
        return deadlineId;
    }

    public String getDeadlineRuleId() {
        return deadlineRuleId;
    }

    public LocalDate getDeadlineDueDate() {
        return deadlineDueDate;
    }

    public Integer getEscalationStep() {
        return escalationStep;
    }

    public UUID getFailedAccessId() {
        return failedAccessId;
    }

    public String getFailedAccessStep() {
        return failedAccessStep;
    }

    public LocalDate getFailedSince() {
        return failedSince;
    }

    public Integer getFailedVisits() {
        return failedVisits;
    }

    public LocalDate getAlertBy() {
        return alertBy;
    }

    public MailState getMailState() {
        return mailState;
    }

    public Instant getMailDueAt() {
        return mailDueAt;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }
}
