package io.casework.approvals.rest.dto;

import io.casework.approvals.repository.Notification;

import java.time.Instant;
import java.util.UUID;

public record NotificationDto(
        UUID id,
        Notification.Type type,
        UUID requestId,
        UUID childId,
        String message,
        Instant createdAt) {
}
