package io.casework.backbone.access.readmodel;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.PlanType;
import io.casework.contracts.Post;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.IroAssigned;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.TeamChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keeps the access policy's facts (who holds which post, which team is in which area, each child's team, allocation
 * and IRO) from the events that carry them. Services that consume the events call {@link #apply(EventEnvelope)}
 * in the effect's transaction; the services that own a fact call the typed methods in the transaction that changes
 * it, so one piece of code keeps the projection everywhere.
 */
@ApplicationScoped
public class AccessReadModel {

    @Inject
    EventCodec codec;

    /** Applies the event if it carries an access fact; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventEnvelope event) {
        EventType type = EventType.of(event.type()).orElse(null);
        if (type == null) {
            return false;
        }
        switch (type) {
            case STAFF_MEMBER_CHANGED -> staffMemberChanged(codec.data(event, StaffMemberChanged.class));
            case TEAM_CHANGED -> teamChanged(codec.data(event, TeamChanged.class));
            case CHILD_REGISTERED -> childRegistered(codec.data(event, ChildRegistered.class));
            case CHILD_ALLOCATED -> childAllocated(codec.data(event, ChildAllocated.class));
            case IRO_ASSIGNED -> iroAssigned(codec.data(event, IroAssigned.class));
            default -> {
                return false;
            }
        }
        return true;
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
}
