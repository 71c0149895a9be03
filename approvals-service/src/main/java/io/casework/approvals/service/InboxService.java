package io.casework.approvals.service;

import io.casework.approvals.mapping.ApprovalMapper;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.repository.NotificationRepository;
import io.casework.approvals.rest.dto.InboxDto;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The notification inbox: what waits for each person. Its live counterpart is {@link InboxStream}. */
@ApplicationScoped
public class InboxService {

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    NotificationRepository notifications;

    @Inject
    ApprovalMapper mapper;

    @Inject
    ChildAccess access;

    /** The caller's inbox; each child it names is an access to that child, and is logged once (002 s.5). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxDto inboxOf(String username) {
        InboxDto inbox = new InboxDto(mapper.toDtos(requests.pendingFor(username)),
                mapper.toNotificationDtos(notifications.unreadFor(username)));
        Set<UUID> children = new LinkedHashSet<>();
        inbox.pending().forEach(request -> children.add(request.childId()));
        inbox.notifications().forEach(notification -> children.add(notification.childId()));
        access.logShown(AccessClass.INBOX, children, "getInbox", "routed to the caller, or their own request");
        return inbox;
    }

    /** Marks the caller's own notification read; someone else's is reported as not found, so ids reveal nothing. */
    @Transactional
    public void markRead(UUID id, String username) {
        Notification notification = notifications.findByIdOptional(id)
                .filter(n -> n.recipient.equals(username))
                .orElseThrow(() -> Problems.notFound("Notification", id));
        if (notification.readAt == null) {
            notification.readAt = Instant.now();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void notify(String recipient, Notification.Type type, ApprovalRequest request, String message) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = recipient;
        notification.type = type;
        notification.requestId = request.id;
        notification.childId = request.childId;
        notification.message = message.length() > 500 ? message.substring(0, 500) : message;
        notification.createdAt = Instant.now();
        notifications.persist(notification);
    }
}
