package io.casework.approvals.service;

import io.casework.approvals.domain.ManagementRole;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;

/**
 * Failed access to a child, as visits-service announces it (004 "Failed visits"): each step escalated reaches the
 * manager it names in the child's team at once, as an alert in their inbox and live stream, once; when the failed
 * access ends its alerts are read, as a decided request's are, since they ask nothing more. The manager's case
 * management decision the alert asks for is tracked by deadlines-service, due on the alert's {@code alertBy}.
 */
@ApplicationScoped
public class FailedAccessAlerts {

    private static final Logger LOG = Logger.getLogger(FailedAccessAlerts.class);

    @Inject
    RoleHolders holders;

    @Inject
    InboxService inbox;

    /** A step escalated: the holder of its post in the child's team is alerted, unless the post is vacant. */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(FailedAccessEscalated step) {
        Optional<String> recipient = holders.holderOf(step.escalateTo(), step.team(), step.childId());
        if (recipient.isEmpty()) {
            LOG.warnf("Failed access %s, step to %s: nobody holds that post for the child's team; no alert",
                    step.failedAccessId(), step.escalateTo());
            return;
        }
        inbox.alertFailedAccess(recipient.get(), step, message(step));
    }

    /** The failed access ended (a visit saw the child, or the visits stopped): its alerts need no more action. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(FailedAccessEnded end) {
        inbox.settleFailedAccess(end.failedAccessId(), end.endedAt());
    }

    static String message(FailedAccessEscalated step) {
        String post = ManagementRole.valueOf(step.escalateTo()).title().toLowerCase(Locale.UK);
        return "Failed access: visits have failed since " + step.failedSince() + " (" + step.failedVisits()
                + " failed visits). Escalated to you as " + post + ": record a case management decision by "
                + step.alertBy() + " (004 Failed visits)";
    }
}
