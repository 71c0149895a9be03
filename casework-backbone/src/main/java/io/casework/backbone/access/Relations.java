package io.casework.backbone.access;

import io.casework.contracts.Post;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Works out the caller's relations to a child (ACCESS-RULES.md "Relations of the caller to the child") from the
 * organisation model as it is now. A person can have more than one (a senior practitioner of the team who also
 * supervises the allocated worker); the policy gives them the best of them.
 */
public final class Relations {

    private Relations() {
    }

    public static Set<Relation> of(StaffMember caller, ChildFacts child, Organisation organisation) {
        if (caller.post() == Post.IRO) {
            return EnumSet.of(caller.username().equals(child.iro()) ? Relation.IRO_ASSIGNED : Relation.IRO_OTHER);
        }
        if (caller.post() == Post.ADOPTION_TEAM_MANAGER) {
            return EnumSet.of(child.adoptionPlan() ? Relation.ADOPTION : Relation.OTHER_AREA);
        }
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (caller.username().equals(child.allocatedWorker())) {
            relations.add(Relation.ALLOCATED);
        }
        if (child.allocatedWorker() != null && organisation.member(child.allocatedWorker())
                .map(worker -> caller.username().equals(worker.supervisor())).orElse(false)) {
            relations.add(Relation.SUPERVISOR);
        }
        if (child.team().equals(caller.team())) {
            relations.add(caller.post().isTeamLine() ? Relation.TEAM_LINE : Relation.TEAM);
        } else if (child.serviceArea() != null && Objects.equals(child.serviceArea(), caller.serviceArea())) {
            relations.add(caller.post().isAreaLine() ? Relation.AREA_LINE : Relation.AREA);
        }
        if (relations.isEmpty()) {
            relations.add(Relation.OTHER_AREA);
        }
        return relations;
    }

    /**
     * Whether a relation puts the caller on a restricted record's list (ACCESS-RULES.md "Restricted child"): for an
     * adoption record the allocated worker, the team manager, the team's senior practitioners, the adoption team
     * manager and the assigned IRO; for any other the allocated worker, the team manager, the supervisor, and the
     * assigned IRO if the child is looked after.
     */
    static boolean onRestrictedList(Relation relation, StaffMember caller, ChildFacts child) {
        boolean teamManager = relation == Relation.TEAM_LINE && caller.post() == Post.TEAM_MANAGER;
        return switch (child.restriction()) {
            case NONE -> true;
            case ADOPTION -> relation == Relation.ALLOCATED || teamManager || relation == Relation.ADOPTION
                    || relation == Relation.IRO_ASSIGNED
                    || ((relation == Relation.SUPERVISOR || relation == Relation.TEAM)
                    && caller.post() == Post.SENIOR_PRACTITIONER);
            case OTHER -> relation == Relation.ALLOCATED || teamManager || relation == Relation.SUPERVISOR
                    || (relation == Relation.IRO_ASSIGNED && child.lookedAfter());
        };
    }
}
