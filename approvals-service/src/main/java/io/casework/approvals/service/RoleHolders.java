package io.casework.approvals.service;

import io.casework.approvals.domain.ManagementRole;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a role for a child, where the management lines are kept: the allocated worker and the IRO from the
 * child's facts, the managers from the line of the child's team (its practice manager and team manager, the senior
 * manager of its service area, the head of service). The roles are casework-timescales' {@code DeadlineRole}s, as
 * deadlines-service's and visits-service's events name them. The team is the child's as this service knows it, else
 * the one the event gave.
 */
// The organisation read model is request-scoped: a caller applying an event activates a request context.
@ApplicationScoped
public class RoleHolders {

    @Inject
    OrganisationService organisation;

    @Inject
    StoredOrganisation childFacts;

    /** The username holding {@code role} for the child; empty for no role, or a post left vacant. */
    public Optional<String> holderOf(String role, String team, UUID childId) {
        if (role == null) {
            return Optional.empty();
        }
        Optional<ChildFacts> child = childFacts.child(childId);
        return switch (role) {
            case "ALLOCATED_WORKER" -> child.map(ChildFacts::allocatedWorker);
            case "IRO" -> child.map(ChildFacts::iro);
            default -> organisation.lineOf(child.map(ChildFacts::team).orElse(team))
                    .flatMap(line -> line.holderOf(ManagementRole.valueOf(role)));
        };
    }
}
