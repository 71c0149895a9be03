package io.casework.casenotes.service;

import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.Restriction;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.casenotes.domain.RestrictedAccessAlertRule;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.contracts.events.RestrictedAccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Announces each refused attempt of someone off a restricted record's list, in whichever service it was refused, for
 * approvals-service to alert the manager for the area ({@link RestrictedAccessAlertRule}). This service sees every
 * refusal: its own as it logs them, the others' as their access events arrive. The announcement is written with the
 * access log's entry, in its transaction, so that each attempt is announced once, and only if it was logged.
 */
@ApplicationScoped
public class RestrictedAccessAlerts {

    static final String SERVICE = "case-notes-service";

    @Inject
    StoredOrganisation organisation;

    @Inject
    Outbox outbox;

    /**
     * Announces the attempt the entry logs if it is one the manager for the area must hear of.
     *
     * @param attemptId the access's id: the reporting service's for theirs, a new one for this service's own
     */
    // The organisation read model is request-scoped; an event applied by a consumer has no request of its own.
    @ActivateRequestContext
    @Transactional(Transactional.TxType.MANDATORY)
    public void consider(AccessLogEntry entry, UUID attemptId) {
        Optional<ChildFacts> child = organisation.child(entry.getChildId());
        Restriction restriction = child.map(ChildFacts::restriction).orElse(Restriction.NONE);
        boolean offList = child.map(facts -> AccessPolicy.offRestrictedList(entry.getUsername(), facts,
                organisation)).orElse(false);
        if (!RestrictedAccessAlertRule.alerts(entry.getOutcome(), restriction, offList)) {
            return;
        }
        String service = entry.getService() == null ? SERVICE : entry.getService();
        // The other services' actions are kept as "<service> <operation>"; the event names the service apart.
        String action = entry.getService() == null ? entry.getAction()
                : entry.getAction().substring(entry.getService().length()).strip();
        outbox.publish(entry.getChildId().toString(), new RestrictedAccessRefused(attemptId, entry.getChildId(),
                service, entry.getUsername(), entry.getFullName(), entry.getDesignation() == null ? ""
                : entry.getDesignation(), entry.getTeam() == null ? "" : entry.getTeam(), action,
                entry.getAccessClass(), entry.getAt()));
    }
}
