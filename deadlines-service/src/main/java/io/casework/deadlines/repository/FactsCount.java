package io.casework.deadlines.repository;

import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.Restriction;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DueCounts;

import java.util.UUID;

/**
 * Open deadlines of one team, kind and rule, whose children share the same access facts, counted by when they are
 * due. The access policy decides by the facts alone, so one decision holds for every child of the group.
 */
public record FactsCount(String team, DeadlineKind kind, String ruleId, ChildFacts facts, DueCounts counts) {

    /**
     * The id the facts of a group carry: the policy never reads a child's id (it decides by team, allocation, IRO,
     * plan and restriction), and a group is many children.
     */
    static final UUID GROUP = new UUID(0, 0);

    static FactsCount of(Object[] row) {
        ChildFacts facts = new ChildFacts(GROUP, (String) row[3], null, (String) row[4], (String) row[5],
                (Boolean) row[6], (Boolean) row[7], Restriction.valueOf((String) row[8]));
        return new FactsCount((String) row[0], DeadlineKind.valueOf((String) row[1]), (String) row[2], facts,
                new DueCounts(number(row[9]), number(row[10]), number(row[11]), number(row[12])));
    }

    /** The same facts, with the child's service area as the organisation model holds it now. */
    public FactsCount inServiceArea(String serviceArea) {
        return new FactsCount(team, kind, ruleId, new ChildFacts(facts.childId(), facts.team(), serviceArea,
                facts.allocatedWorker(), facts.iro(), facts.lookedAfter(), facts.adoptionPlan(), facts.restriction()),
                counts);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
