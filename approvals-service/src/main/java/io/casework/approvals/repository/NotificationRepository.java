package io.casework.approvals.repository;

import io.casework.approvals.domain.MailState;
import io.casework.approvals.domain.NotificationState;
import io.casework.approvals.domain.NotificationType;
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

    /**
     * One page of the recipient's notifications in a state (null: every state), oldest or newest first;
     * {@code limit + 1} rows.
     */
    public List<Notification> inState(String recipient, NotificationState state, UUID childId, boolean newestFirst,
                                      PageQuery page) {
        StringBuilder query = new StringBuilder(filter(state, childId));
        Parameters parameters = parameters(recipient, childId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(newestFirst ? " and (createdAt, id) < (:at, :id)" : " and (createdAt, id) > (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        String order = newestFirst ? " order by createdAt desc, id desc" : " order by createdAt, id";
        return find(query + order, parameters).page(0, page.rows()).list();
    }

    public long countInState(String recipient, NotificationState state, UUID childId) {
        return count(filter(state, childId), parameters(recipient, childId));
    }

    private static String filter(NotificationState state, UUID childId) {
        String inState = state == null ? "" : switch (state) {
            case UNREAD -> " and readAt is null";
            case READ -> " and readAt is not null and actedAt is null";
            case ACTED -> " and actedAt is not null";
        };
        return "recipient = :recipient" + inState + (childId == null ? "" : " and childId = :child");
    }

    private static Parameters parameters(String recipient, UUID childId) {
        Parameters parameters = Parameters.with("recipient", recipient);
        return childId == null ? parameters : parameters.and("child", childId);
    }

    /** The recipient's notifications numbered after {@code seq}, in order, at most {@code limit}. */
    public List<Notification> after(String recipient, long seq, int limit) {
        return find("recipient = ?1 and seq > ?2 order by seq", recipient, seq).page(0, limit).list();
    }

    /** Marks read the recipient's unread notifications of this type about the request. */
    public int markReadAbout(UUID requestId, String recipient, NotificationType type, Instant at) {
        return update("readAt = ?1 where requestId = ?2 and recipient = ?3 and type = ?4 and readAt is null", at,
                requestId, recipient, type);
    }

    /** Whether the attempt was alerted already: one alert per refused attempt, however often it is announced. */
    public boolean alerted(UUID attemptId) {
        return count("attemptId", attemptId) > 0;
    }

    /** Whether this step of the deadline's breach (0: the breach itself) was alerted already. */
    public boolean alertedDeadline(UUID deadlineId, int step) {
        return count("deadlineId = ?1 and escalationStep = ?2", deadlineId, step) > 0;
    }

    /** Whether this step of the spell of failed access was alerted already: one alert per step, however announced. */
    public boolean alertedFailedAccess(UUID failedAccessId, String step) {
        return count("failedAccessId = ?1 and failedAccessStep = ?2", failedAccessId, step) > 0;
    }

    /** Marks read every unread alert of the spell of failed access: once it ends they ask nothing of anyone. */
    public int markReadAboutFailedAccess(UUID failedAccessId, Instant at) {
        return update("readAt = ?1 where failedAccessId = ?2 and readAt is null", at, failedAccessId);
    }

    /** The number the recipient's next notification follows: 0 before their first. */
    public long lastSeq(String recipient) {
        Object last = getEntityManager().createNativeQuery(
                "select coalesce((select last from notification_sequence where recipient = ?1), 0)")
                .setParameter(1, recipient).getSingleResult();
        return ((Number) last).longValue();
    }

    /**
     * Takes the recipient's next number. The row lock taken here is held until the caller's transaction ends, which
     * is what makes the numbers follow commit order (V7 migration).
     */
    public long nextSeq(String recipient) {
        Object next = getEntityManager().createNativeQuery("insert into notification_sequence (recipient, last) "
                + "values (?1, 1) on conflict (recipient) do update set last = notification_sequence.last + 1 "
                + "returning last").setParameter(1, recipient).getSingleResult();
        return ((Number) next).longValue();
    }

    /** Who has been notified about the request: whose live streams an event about it should wake. */
    public List<String> recipientsAbout(UUID requestId) {
        return getEntityManager().createQuery("select distinct n.recipient from Notification n "
                + "where n.requestId = ?1", String.class).setParameter(1, requestId).getResultList();
    }

    /**
     * Marks acted on (and read, if they were not) the notifications of this type about the request: once a request is
     * decided, the notices that asked for its decision no longer ask anything of anyone.
     */
    public int markActedAbout(UUID requestId, NotificationType type, Instant at) {
        return update("readAt = coalesce(readAt, ?1), actedAt = ?1 where requestId = ?2 and type = ?3 "
                + "and actedAt is null", at, requestId, type);
    }

    // The mail relay's statements (issue 17). The entity never updates its mail columns: only these do, each changing
    // only mail still PENDING, so that a mail once settled (sent, no address, given up) stays as it was settled.

    /**
     * Claims up to {@code limit} notifications whose mail is due at {@code now}, oldest due first, skipping those
     * another replica has locked, and makes them due again only at {@code claimedUntil}: until then they are this
     * replica's to send, without holding a lock (a slow mail server then never blocks marking a notification read).
     */
    @SuppressWarnings("unchecked")
    public List<Notification> claimMail(Instant now, int limit, Instant claimedUntil) {
        List<Notification> due = getEntityManager().createNativeQuery("select * from notification "
                        + "where mail_state = 'PENDING' and mail_due_at <= ?1 order by mail_due_at, id limit ?2 "
                        + "for update skip locked", Notification.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        mailReleased(due.stream().map(Notification::getId).toList(), claimedUntil);
        return due;
    }

    /** The mail was sent at {@code at}. */
    public int mailSent(UUID id, Instant at) {
        return getEntityManager().createNativeQuery("update notification set mail_state = 'SENT', mailed_at = ?2, "
                        + "mail_due_at = null, mail_attempts = mail_attempts + 1 "
                        + "where id = ?1 and mail_state = 'PENDING'")
                .setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    /** The mail cannot be sent, and never will be ({@link MailState#NO_ADDRESS}). */
    public int mailNotSent(UUID id, MailState why) {
        return getEntityManager().createNativeQuery("update notification set mail_state = ?2, mail_due_at = null "
                        + "where id = ?1 and mail_state = 'PENDING'")
                .setParameter(1, id).setParameter(2, why.name()).executeUpdate();
    }

    /** Sending failed: one more attempt counted, and the next one not before {@code retryAt}. */
    public int mailFailed(UUID id, Instant retryAt) {
        return getEntityManager().createNativeQuery("update notification set mail_attempts = mail_attempts + 1, "
                        + "mail_due_at = ?2 where id = ?1 and mail_state = 'PENDING'")
                .setParameter(1, id).setParameter(2, retryAt).executeUpdate();
    }

    /** Mail still pending made due at {@code at}, for any replica: claimed, or given back unsent. */
    public int mailReleased(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return getEntityManager().createNativeQuery("update notification set mail_due_at = ?2 "
                        + "where id in (?1) and mail_state = 'PENDING'")
                .setParameter(1, ids).setParameter(2, at).executeUpdate();
    }

    /** Gives up the mail of notifications raised before {@code raisedBefore} and still unsent ({@code EXPIRED}). */
    public int expireMail(Instant raisedBefore) {
        return getEntityManager().createNativeQuery("update notification set mail_state = 'EXPIRED', "
                        + "mail_due_at = null where mail_state = 'PENDING' and created_at < ?1")
                .setParameter(1, raisedBefore).executeUpdate();
    }
}
