package io.casework.backbone.access.readmodel;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.inbox.EventHandlers;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.PlanType;
import io.casework.contracts.Post;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.IroAssigned;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.TeamChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Keeps the access policy's facts (who holds which post, which team is in which area, each child's team, allocation,
 * IRO and restriction) from the events that carry them. Services that consume the events add its handlers to theirs
 * ({@link #keptBy}), which run in the effect's transaction; the services that own a fact call the typed methods in the transaction that changes
 * it, so one piece of code keeps the projection everywhere.
 */
@ApplicationScoped
public class AccessReadModel {

    /** Adds what keeps the access facts to a consumer's handlers: every event that carries one. */
    public EventHandlers keptBy(EventHandlers handlers) {
        return handlers.on(StaffMemberChanged.class, this::staffMemberChanged)
                .on(TeamChanged.class, this::teamChanged)
                .on(ChildRegistered.class, this::childRegistered)
                .on(ChildAllocated.class, this::childAllocated)
                .on(IroAssigned.class, this::iroAssigned)
                .on(ChildRestrictionChanged.class, this::restrictionChanged)
                .on(PathwayStepStarted.class, this::pathwayStepStarted)
                .on(PathwayStepEnded.class, this::pathwayStepEnded)
                .on(ChildRolledBack.class, this::childRolledBack);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void staffMemberChanged(StaffMemberChanged change) {
        OrgMember member = OrgMember.findById(change.username());
        if (member != null && member.version >= change.version()) {
            return;
        }
        if (change.left()) {
            if (member != null) {
                member.delete();
            }
            return;
        }
        if (member == null) {
            member = new OrgMember();
            member.username = change.username();
        }
        member.fullName = change.fullName();
        member.post = Post.valueOf(change.post());
        member.team = change.team();
        member.serviceArea = change.serviceArea();
        member.supervisor = change.supervisor();
        member.version = change.version();
        member.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void teamChanged(TeamChanged change) {
        OrgTeam team = OrgTeam.findById(change.team());
        if (team != null && team.version >= change.version()) {
            return;
        }
        if (team == null) {
            team = new OrgTeam();
            team.team = change.team();
        }
        team.name = change.name();
        team.serviceArea = change.serviceArea();
        team.version = change.version();
        team.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void childRegistered(ChildRegistered registered) {
        if (AccessChild.findById(registered.childId()) != null) {
            return;
        }
        AccessChild child = new AccessChild();
        child.childId = registered.childId();
        child.team = registered.team();
        child.allocatedWorker = registered.allocatedWorker();
        child.lookedAfter = PlanType.valueOf(registered.planType()) == PlanType.CLA;
        child.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void childAllocated(ChildAllocated allocated) {
        AccessChild child = AccessChild.findById(allocated.childId());
        if (child != null) {
            child.team = allocated.team();
            child.allocatedWorker = allocated.allocatedWorker();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void iroAssigned(IroAssigned assigned) {
        AccessChild child = AccessChild.findById(assigned.childId());
        if (child != null) {
            child.iro = assigned.iro();
        }
    }

    /**
     * A head of service restricted the child's record or lifted the restriction (DOMAIN.md rule 9). Applied only when
     * it is newer than the decision the facts hold: a redelivery, or an older decision arriving late, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restrictionChanged(ChildRestrictionChanged changed) {
        AccessChild child = AccessChild.findById(changed.childId());
        if (child != null && child.restrictionVersion < changed.version()) {
            child.restriction = Restriction.valueOf(changed.restriction());
            child.restrictionVersion = changed.version();
        }
    }

    /**
     * A step of the child's pathway started: a plan for adoption puts the child on the adoption team manager's list
     * (ACCESS-RULES.md: "the adoption team manager, for a child with a plan for adoption"); a looked-after episode
     * makes the child looked after (the IRO's list of a restricted record, DOMAIN.md rule 9). Other kinds change no
     * access fact.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pathwayStepStarted(PathwayStepStarted started) {
        adoptionOrCare(started.childId(), started.kind(), true);
    }

    /** A plan for adoption or a looked-after episode ended: the fact it gave ends with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pathwayStepEnded(PathwayStepEnded ended) {
        adoptionOrCare(ended.childId(), ended.kind(), false);
    }

    /**
     * A roll-back moved steps out of the current record: a plan for adoption or a looked-after episode still going on
     * no longer holds (a re-added one starts again, with its own event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childRolledBack(ChildRolledBack rolledBack) {
        rolledBack.steps().stream().filter(ChildRolledBack.MovedStep::open)
                .forEach(step -> adoptionOrCare(rolledBack.childId(), step.kind(), false));
    }

    private static void adoptionOrCare(UUID childId, String kind, boolean holds) {
        AccessChild child = AccessChild.findById(childId);
        if (child == null) {
            return;
        }
        if (PathwayStepKind.ADOPTION_PLAN.name().equals(kind)) {
            child.adoptionPlan = holds;
        } else if (PathwayStepKind.LOOKED_AFTER_EPISODE.name().equals(kind)) {
            child.lookedAfter = holds;
        }
    }
}
