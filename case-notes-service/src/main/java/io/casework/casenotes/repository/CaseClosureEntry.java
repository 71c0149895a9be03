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
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One act on the closure of a child's case (table {@code case_closure_entry}, V22): what was done, its facts, by whom
 * as they were then, and when; sealed on the child's chain and never changed.
 */
@Entity
@Immutable
@Table(name = "case_closure_entry")
public class CaseClosureEntry extends ActEntry {

    /** What was done to the closure. */
    public enum Act {
        STARTED,
        STEP_DONE,
        SUBMITTED,
        APPROVED,
        RETURNED,
        FEEDBACK_RECORDED
    }

    @Column(name = "closure_id", nullable = false)
    private UUID closureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Act act;

    protected CaseClosureEntry() {
        // for Hibernate
    }

    private CaseClosureEntry(UUID childId, Map<String, Object> facts, Person by, Instant at) {
        super(childId, facts, by, at);
    }

    /** The act just done on {@code closure}; facts are plain JSON values, dates and times as ISO text. */
    public static CaseClosureEntry of(CaseClosure closure, Act act, Map<String, Object> facts, Person by,
            Instant at) {
        CaseClosureEntry entry = new CaseClosureEntry(closure.getChildId(), facts, by, at);
        entry.closureId = closure.getId();
        entry.act = act;
        return entry;
    }

    public UUID getClosureId() {
        return closureId;
    }

    public Act getAct() {
        return act;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.CLOSURE_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.closureEntry(getId(), closureId, act.name(), getFacts(), getByUsername(), getByName(),
                getByDesignation(), getAt());
    }
}
