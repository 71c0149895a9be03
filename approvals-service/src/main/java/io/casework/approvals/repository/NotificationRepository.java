package io.casework.approvals.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> unreadFor(String recipient) {
        return list("recipient = ?1 and readAt is null order by createdAt desc", recipient);
    }
}
