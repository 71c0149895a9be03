package io.casework.approvals.service;

import io.casework.approvals.domain.NotificationState;
import io.casework.approvals.domain.NotificationType;
import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.DelegationRepository;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.repository.NotificationRepository;
import io.casework.approvals.rest.dto.ApprovalRequestDto;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.approvals.rest.dto.NotificationDto;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.contracts.events.RestrictedAccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The notification inbox: what waits for each person. Its live counterpart is {@link InboxStream}. */
@ApplicationScoped
public class InboxService {

    /** How many notifications one look by a live stream sends at most; it looks again until it has sent all. */
    public static final int STREAM_PAGE = 100;

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    NotificationRepository notifications;

    @Inject
    DelegationRepository delegations;

    @Inject
    ApprovalMapper mapper;

    @Inject
    People people;

    @Inject
    ChildAccess access;

    @Inject
    Clock clock;

    /**
     * One page of what waits for the caller, and for those they act for under a delegation running now (issue 17),
     * oldest first, with how many wait in all; each child the page names is an access to that child, and is logged
     * once (002 s.5). Paging bounds what one call logs as well as returns.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApprovalRequestDto> pendingFor(String username, UUID childId, PageQuery query) {
        Set<String> assignees = new HashSet<>(delegations.delegatorsFor(username, clock.instant()));
        assignees.add(username);
        Page<ApprovalRequestDto> page = Pagination.page(requests.pendingFor(assignees, childId, query), query,
                request -> PageCursor.of(request.getCreatedAt(), request.getId()), shown -> mapper.toDtos(shown, people))
                .withTotal(requests.countPendingFor(assignees, childId));
        logShown(page.items().stream().map(ApprovalRequestDto::childId), "getInbox");
        return page;
    }

    /**
     * One page of the caller's notifications in a state (null: all), oldest first unless {@code newestFirst}, with how
     * many are in that state; logged like the inbox.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationDto> notificationsOf(String username, NotificationState state, UUID childId,
                                                 boolean newestFirst, PageQuery query) {
        Page<NotificationDto> page = Pagination.page(
                notifications.inState(username, state, childId, newestFirst, query), query,
                notification -> PageCursor.of(notification.getCreatedAt(), notification.getId()),
                mapper::toNotificationDtos)
                .withTotal(notifications.countInState(username, state, childId));
        logShown(page.items().stream().map(NotificationDto::childId), "listNotifications");
        return page;
    }

    private void logShown(Stream<UUID> children, String action) {
        access.logShown(AccessClass.INBOX, children.collect(Collectors.toCollection(LinkedHashSet::new)), action,
                "routed to the caller, or their own request");
    }

    /**
     * The user's notifications numbered after {@code after}, oldest first, as the live stream shows them: what a
     * stream has not yet sent, or what a reconnecting client missed. One page; the stream asks again while it is full.
     */
    @Transactional
    public List<InboxEventDto> streamAfter(String username, long after) {
        List<Notification> page = notifications.after(username, after, STREAM_PAGE);
        Map<UUID, ApprovalRequest> about = requests.byIds(
                page.stream().map(Notification::getRequestId).filter(Objects::nonNull).distinct().toList());
        return page.stream()
                .map(notification -> mapper.toEvent(notification, notification.getRequestId() == null ? null
                        : about.get(notification.getRequestId()), people))
                .toList();
    }

    /** The number of the user's latest notification: a stream opened without Last-Event-ID starts after it. */
    @Transactional
    public long latestSequence(String username) {
        return notifications.lastSeq(username);
    }

    /** Whose live streams an event about this request should wake. */
    @Transactional
    public List<String> recipientsAbout(UUID requestId) {
        return notifications.recipientsAbout(requestId);
    }

    /** Marks the caller's own notification read; someone else's is reported as not found, so ids reveal nothing. */
    @Transactional
    public void markRead(UUID id, String username) {
        notifications.findByIdOptional(id)
                .filter(notification -> notification.isFor(username))
                .orElseThrow(() -> Problems.notFound("Notification", id))
                .markRead(clock.instant());
    }

    /** A decided request asks nothing more of its approver: the notices that asked for the decision are acted on. */
    @Transactional(Transactional.TxType.MANDATORY)
    void settle(ApprovalRequest request) {
        notifications.markActedAbout(request.getId(), NotificationType.APPROVAL_REQUESTED, request.getDecidedAt());
    }

    /** A request moved to someone else asks nothing more of the one it left: their notices of it are read. */
    @Transactional(Transactional.TxType.MANDATORY)
    void settleFor(ApprovalRequest request, String former) {
        notifications.markReadAbout(request.getId(), former, NotificationType.APPROVAL_REQUESTED, clock.instant());
    }

    /**
     * Alerts {@code recipient} to a refused attempt on a restricted record, once per attempt: the same attempt
     * announced again (a replayed export, say) alerts nobody twice.
     *
     * @return whether the alert was sent now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean alert(String recipient, RestrictedAccessRefused attempt, String message) {
        if (notifications.alerted(attempt.attemptId())) {
            return false;
        }
        notifications.persist(Notification.alert(recipient, attempt, message, notifications.nextSeq(recipient),
                clock.instant()));
        return true;
    }

    /**
     * Alerts {@code recipient} to a breached deadline ({@code step} 0) or a step of its escalation, once per step: the
     * same breach or step announced again alerts nobody twice (a unique index says so too).
     *
     * @return whether the alert was sent now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean alertDeadline(String recipient, UUID childId, UUID deadlineId, String ruleId, LocalDate dueDate, int step,
                          String message) {
        if (notifications.alertedDeadline(deadlineId, step)) {
            return false;
        }
        notifications.persist(Notification.deadlineAlert(recipient, childId, deadlineId, ruleId, dueDate, step,
                message, notifications.nextSeq(recipient), clock.instant()));
        return true;
    }

    /**
     * Alerts {@code recipient} to a step of failed access escalated to them, once per spell and step: the same step
     * announced again alerts nobody twice (a unique index says so too).
     *
     * @return whether the alert was sent now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean alertFailedAccess(String recipient, FailedAccessEscalated step, String message) {
        if (notifications.alertedFailedAccess(step.failedAccessId(), step.escalateTo())) {
            return false;
        }
        notifications.persist(Notification.failedAccessAlert(recipient, step, message,
                notifications.nextSeq(recipient), clock.instant()));
        return true;
    }

    /** The failed access ended: the alerts of its steps ask nothing more of their managers, and are read. */
    @Transactional(Transactional.TxType.MANDATORY)
    void settleFailedAccess(UUID failedAccessId, Instant endedAt) {
        notifications.markReadAboutFailedAccess(failedAccessId, endedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void notify(String recipient, NotificationType type, ApprovalRequest request, String message) {
        notifications.persist(Notification.send(recipient, type, request, message, notifications.nextSeq(recipient),
                clock.instant()));
    }
}
