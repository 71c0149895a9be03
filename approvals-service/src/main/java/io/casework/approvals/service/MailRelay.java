package io.casework.approvals.service;

import io.casework.approvals.config.ApprovalsConfig;
import io.casework.approvals.domain.ApprovalKind;
import io.casework.approvals.domain.MailState;
import io.casework.approvals.domain.NotificationMail;
import io.casework.approvals.domain.NotificationType;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.Notification;
import io.casework.approvals.repository.NotificationRepository;
import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.StaffRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends an e-mail for each inbox notification (issue 17), never from the transaction that raised it: a notification
 * is written with its mail pending, and this relay sends it once that transaction has committed, so a rollback sends
 * nothing, and a crash or restart loses nothing, since what is not marked sent is sent by a later run.
 * <p>
 * Delivery is at least once. A mail sent just before a crash, or before its replica lost the database, is sent again
 * by the next run that finds it unmarked; each mail carries the notification's id in the header
 * {@value #NOTIFICATION_HEADER}, so a repeat can be recognised. Exactly once is not possible with SMTP and a database.
 * <p>
 * Several replicas run it. Each run takes a batch with {@code FOR UPDATE SKIP LOCKED} and, in the same short
 * transaction, makes it due again only after {@code casework.approvals.mail.relay.lease}: the batch is the replica's
 * alone until then, and no row stays locked while a mail server is slow. A failed send is counted and tried again
 * later (after {@code retry-after}, doubling up to {@code retry-max}); the failure ends the run and gives the rest of
 * the batch back. A recipient without an e-mail address in the organisation model is settled as such, never retried.
 * The log says what happened with notification ids and counts, never an address, a name or the mail's text.
 */
@ApplicationScoped
public class MailRelay {

    /** The header that names the notification a mail is about: how a repeated mail can be recognised. */
    public static final String NOTIFICATION_HEADER = "X-Casework-Notification";

    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    /** Whatever looks like an e-mail address, in a mail server's answer: kept out of the log. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    @Inject
    ApprovalsConfig config;

    @Inject
    Mailer mailer;

    @Inject
    NotificationRepository notifications;

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    StaffRepository staff;

    @Inject
    Clock clock;

    @Scheduled(every = "${casework.approvals.mail.relay.every}", delayed = "5s", identity = "mail-relay",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.mail().enabled()) {
            run();
        }
    }

    /**
     * One run: gives up mail older than the maximum age, takes one batch of mail that is due, and sends it.
     *
     * @return how many mails were sent
     */
    public int run() {
        ApprovalsConfig.Mail.Relay relay = config.mail().relay();
        Instant started = clock.instant();
        Batch batch = QuarkusTransaction.requiringNew().call(() -> claim(relay, started));
        if (batch.expired() > 0) {
            LOG.warnf("Mail relay: %d notifications still unsent after %s were given up (EXPIRED)", batch.expired(),
                    relay.maxAge());
        }
        int sent = 0;
        for (int i = 0; i < batch.outgoing().size(); i++) {
            Outgoing mail = batch.outgoing().get(i);
            List<UUID> rest = batch.outgoing().subList(i, batch.outgoing().size()).stream()
                    .map(Outgoing::notificationId).toList();
            if (Duration.between(started, clock.instant()).compareTo(relay.lease().dividedBy(2)) > 0) {
                // The batch's claim is running out: what is left goes back, rather than risk two replicas sending it.
                QuarkusTransaction.requiringNew().run(() -> notifications.mailReleased(rest, clock.instant()));
                LOG.infof("Mail relay: %d sent, %d given back for the next run (the claim was running out)", sent,
                        rest.size());
                return sent;
            }
            try {
                mailer.send(mail.mail());
            } catch (RuntimeException e) {
                int attempts = mail.attempts() + 1;
                Instant retryAt = clock.instant().plus(retryDelay(attempts, relay.retryAfter(), relay.retryMax()));
                QuarkusTransaction.requiringNew().run(() -> {
                    notifications.mailFailed(mail.notificationId(), retryAt);
                    notifications.mailReleased(rest.subList(1, rest.size()), clock.instant());
                });
                LOG.warnf("Mail relay: sending the mail of notification %s failed (attempt %d), tried again from %s; "
                                + "%d sent this run, %d left for the next: %s", mail.notificationId(), attempts,
                        retryAt, sent, rest.size() - 1, withoutAddresses(e));
                return sent;
            }
            QuarkusTransaction.requiringNew().run(() -> notifications.mailSent(mail.notificationId(), clock.instant()));
            sent++;
        }
        if (sent > 0 || batch.withoutAddress() > 0) {
            LOG.infof("Mail relay: %d sent%s", sent, batch.withoutAddress() == 0 ? ""
                    : ", " + batch.withoutAddress() + " not sent: their recipients have no e-mail address");
        }
        return sent;
    }

    /**
     * How long to wait before trying a mail again after {@code failures} failed sends: {@code first}, doubled for each
     * further failure, never more than {@code most}.
     */
    static Duration retryDelay(int failures, Duration first, Duration most) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(most) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(most) < 0 ? delay : most;
    }

    // In one transaction: the expired given up, a batch claimed, its recipients looked up and its mails written.
    private Batch claim(ApprovalsConfig.Mail.Relay relay, Instant now) {
        int expired = notifications.expireMail(now.minus(relay.maxAge()));
        List<Notification> due = notifications.claimMail(now, relay.batch(), now.plus(relay.lease()));
        Map<UUID, ApprovalRequest> about = requests.byIds(
                due.stream().map(Notification::getRequestId).filter(Objects::nonNull).distinct().toList());
        List<Outgoing> outgoing = new ArrayList<>();
        int withoutAddress = 0;
        for (Notification notification : due) {
            String address = staff.findByIdOptional(notification.getRecipient())
                    .filter(member -> !member.hasLeft()).map(Staff::getEmail).orElse(null);
            if (address == null) {
                notifications.mailNotSent(notification.getId(), MailState.NO_ADDRESS);
                withoutAddress++;
                continue;
            }
            ApprovalRequest request = notification.getRequestId() == null ? null
                    : about.get(notification.getRequestId());
            NotificationMail content = NotificationMail.of(facts(notification, request), config.mail().consoleUrl(),
                    config.mail().zone());
            Mail mail = Mail.withText(address, content.subject(), content.text()).setHtml(content.html())
                    .addHeader(NOTIFICATION_HEADER, notification.getId().toString());
            outgoing.add(new Outgoing(notification.getId(), notification.getMailAttempts(), mail));
        }
        return new Batch(outgoing, withoutAddress, expired);
    }

    // What the mail may say: the kind of notification, its request's kind and state, when, and the due date.
    private NotificationMail.Facts facts(Notification notification, ApprovalRequest request) {
        NotificationType type = notification.getType();
        LocalDate dueDate = switch (type) {
            case APPROVAL_REQUESTED -> request == null ? null : request.getDueBy();
            case DEADLINE_BREACHED, DEADLINE_ESCALATED -> notification.getDeadlineDueDate();
            default -> null;
        };
        String kindTitle = request == null ? null
                : kinds.find(request.getKind()).map(ApprovalKind::title).orElse(null);
        return new NotificationMail.Facts(type, kindTitle, request == null ? null : request.getState(),
                type == NotificationType.DEADLINE_ESCALATED ? notification.getEscalationStep() : null,
                notification.getCreatedAt(), dueDate);
    }

    // The cause as the log may show it: its class and message, with anything like an e-mail address taken out.
    private static String withoutAddresses(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + ADDRESS.matcher(cause.getMessage())
                .replaceAll("<address>");
        return cause.getClass().getName() + message;
    }

    private record Outgoing(UUID notificationId, int attempts, Mail mail) {
    }

    private record Batch(List<Outgoing> outgoing, int withoutAddress, int expired) {
    }
}
