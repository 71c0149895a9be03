package io.casework.approvals.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** One page of the recipient's unread notifications, newest first; {@code limit + 1} rows. */
    public List<Notification> unreadFor(String recipient, UUID childId, PageQuery page) {
        StringBuilder query = new StringBuilder("recipient = :recipient and readAt is null");
        Parameters parameters = Parameters.with("recipient", recipient);
        if (childId != null) {
            query.append(" and childId = :child");
            parameters.and("child", childId);
        }
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        return find(query + " order by createdAt desc, id desc", parameters).page(0, page.rows()).list();
    }

    public long countUnreadFor(String recipient, UUID childId) {
        return childId == null
                ? count("recipient = ?1 and readAt is null", recipient)
                : count("recipient = ?1 and readAt is null and childId = ?2", recipient, childId);
    }

    /**
     * Marks read every unread notification of this type about the request: once a request is decided, the notices
     * that asked for its decision no longer ask anything of anyone.
     */
    public int markReadAbout(UUID requestId, Notification.Type type, Instant at) {
        return update("readAt = ?1 where requestId = ?2 and type = ?3 and readAt is null", at, requestId, type);
    }
}
