package io.casework.approvals.service;

import io.casework.approvals.domain.ApprovalKind;
import io.casework.approvals.domain.ApproverRouting;
import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.domain.ManagementRole;
import io.casework.approvals.domain.NotificationType;
import io.casework.approvals.domain.RoutingReason;
import io.casework.approvals.repository.ApprovalRequest;
import io.casework.approvals.repository.DelegationRepository;
import io.casework.approvals.repository.RoutingRecord;
import io.casework.approvals.repository.RoutingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where a request is, and every move it makes: each routing is kept ({@link RoutingRecord}) and its new assignee is
 * notified, together with anyone acting for them under a delegation running now (issue 17). Requests move up the
 * line, never sideways or down, when their assignee leaves it or their deadline is breached.
 */
@ApplicationScoped
public class RequestRouting {

    private static final Logger LOG = Logger.getLogger(RequestRouting.class);

    /** Who "routed" a request moved by an event rather than by a person (a breached deadline). */
    public static final String SYSTEM = "system";

    @Inject
    RoutingRecordRepository routings;

    @Inject
    DelegationRepository delegations;

    @Inject
    ApprovalCatalogue kinds;

    @Inject
    InboxService inbox;

    @Inject
    Clock clock;

    /** A request was just opened and routed to its assignee: kept, and the assignee (and who acts for them) told. */
    @Transactional(Transactional.TxType.MANDATORY)
    void opened(ApprovalRequest request, String message) {
        routings.persist(RoutingRecord.of(request, null, RoutingReason.OPENED, request.getRequestedBy(),
                request.getCreatedAt()));
        notifyAssignee(request, message);
    }

    /**
     * The request goes to {@code to} instead of its assignee, for {@code reason}: kept, the one it left has its
     * notices of it marked read, and the one it reaches is notified.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void move(ApprovalRequest request, String to, RoutingReason reason, String by, String why) {
        String from = request.getAssignee();
        Instant now = clock.instant();
        if (reason == RoutingReason.DEADLINE_BREACHED) {
            request.escalate(to, now);
        } else {
            request.reassign(to);
        }
        routings.persist(RoutingRecord.of(request, from, reason, by, now));
        inbox.settleFor(request, from);
        notifyAssignee(request, kinds.get(request.getKind()).title() + " requested by "
                + request.getRequesterName() + ", routed to you from " + from + ": " + why);
    }

    /**
     * Moves the request up {@code line} from {@code floor}, the post it was with: to the first holder of a post above
     * it who is senior to the requester (issue 17: "re-routed upward to the next person entitled to decide, never
     * sideways or down").
     *
     * @return whether it moved; it stays where it is when nobody above holds a post
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean moveUp(ApprovalRequest request, ManagementLine line, ManagementRole floor, RoutingReason reason,
                   String by, String why) {
        Optional<String> above = ApproverRouting.routeAbove(line, floor, request.getRequestedBy());
        if (above.isEmpty() || above.get().equals(request.getAssignee())) {
            LOG.warnf("Request %s (%s) cannot move up from the %s of team %s: nobody above holds a post; it stays "
                    + "with %s", request.getId(), request.getKind(), floor, line.team(), request.getAssignee());
            return false;
        }
        move(request, above.get(), reason, by, why);
        return true;
    }

    /**
     * The post a request is with: its assignee's on the line, or, when they hold none there (they left it, or it was
     * rerouted to them for a restricted record), the post the catalogue names for the kind.
     */
    ManagementRole postOf(ApprovalRequest request, ManagementLine line) {
        ApprovalKind kind = kinds.get(request.getKind());
        return line.postOf(request.getAssignee())
                .filter(post -> !kind.getDecidedBy().isAbove(post))
                .orElse(kind.getDecidedBy());
    }

    // In name order: each notification locks its recipient's numbering until commit (V7).
    private void notifyAssignee(ApprovalRequest request, String message) {
        TreeSet<String> recipients = new TreeSet<>(delegations.delegatesOf(request.getAssignee(), clock.instant()));
        recipients.remove(request.getRequestedBy());
        recipients.add(request.getAssignee());
        for (String recipient : recipients) {
            inbox.notify(recipient, NotificationType.APPROVAL_REQUESTED, request,
                    recipient.equals(request.getAssignee()) ? message
                            : message + " (for " + request.getAssignee() + ", whom you act for)");
        }
    }
}
