package io.casework.approvals.rest.dto;

import java.util.List;

/** What waits for the caller: requests routed to them and not yet decided, and unread notifications, newest first. */
public record InboxDto(List<ApprovalRequestDto> pending, List<NotificationDto> notifications) {
}
