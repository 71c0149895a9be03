package io.casework.backbone.access;

import java.util.Objects;
import java.util.UUID;

/**
 * The facts about a child that access depends on, as case-notes-service records them and publishes them.
 *
 * @param serviceArea  the service area of the child's team, from the organisation model; null if the team is unknown
 * @param iro          the IRO assigned to review the child, or null
 * @param lookedAfter  on a plan as a looked-after child (CLA)
 * @param adoptionPlan has a plan for adoption
 */
public record ChildFacts(UUID childId, String team, String serviceArea, String allocatedWorker, String iro,
                         boolean lookedAfter, boolean adoptionPlan, Restriction restriction) {

    public ChildFacts {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(team, "team");
        restriction = restriction == null ? Restriction.NONE : restriction;
    }
}
