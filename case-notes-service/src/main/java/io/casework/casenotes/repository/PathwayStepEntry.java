package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One act on a step of the child's case pathway (table {@code pathway_step_entry}, V20): what was done, its facts, by
 * whom as they were then, and when. The step row says where the step stands; these entries are how it got there, each
 * sealed on the child's chain and never changed, here ({@link Immutable}) or in the database (a trigger refuses).
 */
@Entity
@Immutable
@Table(name = "pathway_step_entry")
public class PathwayStepEntry extends ActEntry {

    /** What was done to the step. */
    public enum Act {
        STARTED,
        SCHEDULED,
        HELD,
        PRIORITY_CHANGED,
        OUTCOME_REQUESTED,
        OUTCOME_AUTHORISED,
        OUTCOME_RETURNED,
        DECIDED,
        ENDED,
        CASE_NOTE_LINKED,
        /** The step was re-added after a roll-back moved it out of the current record: the link to the original. */
        RE_ADDED
    }

    @Column(name = "step_id", nullable = false)
    private UUID stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Act act;

    protected PathwayStepEntry() {
        // for Hibernate
    }

    private PathwayStepEntry(UUID childId, Map<String, Object> facts, Person by, Instant at) {
        super(childId, facts, by, at);
    }

    /**
     * The act just done on {@code step} by {@code by} at {@code at}. Facts are plain JSON values (text, numbers,
     * booleans, lists and maps of them): dates and times go in as ISO text, so that the seal reads them back as sealed.
     */
    public static PathwayStepEntry of(PathwayStep step, Act act, Map<String, Object> facts, Person by, Instant at) {
        PathwayStepEntry entry = new PathwayStepEntry(step.getChildId(), facts, by, at);
        entry.stepId = step.getId();
        entry.act = act;
        return entry;
    }

    /**
     * The same act as {@code original} on the step that re-adds the original's, by whoever did it then, with its facts
     * and a link to it ({@code reAddedFrom}) and when it was first done ({@code originallyAt}).
     */
    public static PathwayStepEntry copied(PathwayStepEntry original, PathwayStep onto, Instant at) {
        Map<String, Object> facts = new LinkedHashMap<>(original.getFacts());
        facts.put("reAddedFrom", original.getId().toString());
        facts.put("originallyAt", ChainFields.storable(original.getAt()).toString());
        return of(onto, original.act, facts, original.getBy(), at);
    }

    public UUID getStepId() {
        return stepId;
    }

    public Act getAct() {
        return act;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.PATHWAY_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.pathwayEntry(getId(), stepId, act.name(), getFacts(), getByUsername(), getByName(),
                getByDesignation(), getAt());
    }
}
