package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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
public class CaseClosureEntry extends SealedEntry {

    /** What was done to the closure. */
    public enum Act {
        STARTED,
        STEP_DONE,
        SUBMITTED,
        APPROVED,
        RETURNED,
        FEEDBACK_RECORDED
    }

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "closure_id", nullable = false)
    private UUID closureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Act act;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> facts;

    @Column(name = "by_username", nullable = false)
    private String byUsername;

    @Column(name = "by_name", nullable = false)
    private String byName;

    @Column(name = "by_designation", nullable = false)
    private String byDesignation;

    @Column(nullable = false)
    private Instant at;

    protected CaseClosureEntry() {
        // for Hibernate
    }

    /** The act just done on {@code closure}; facts are plain JSON values, dates and times as ISO text. */
    public static CaseClosureEntry of(CaseClosure closure, Act act, Map<String, Object> facts, Person by,
            Instant at) {
        CaseClosureEntry entry = new CaseClosureEntry();
        entry.id = UUID.randomUUID();
        entry.childId = closure.getChildId();
        entry.closureId = closure.getId();
        entry.act = act;
        entry.facts = new LinkedHashMap<>(facts);
        entry.byUsername = by.username();
        entry.byName = by.fullName() == null ? by.username() : by.fullName();
        entry.byDesignation = by.designation() == null ? "" : by.designation();
        entry.at = at;
        return entry;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClosureId() {
        return closureId;
    }

    public Act getAct() {
        return act;
    }

    public Map<String, Object> getFacts() {
        return Collections.unmodifiableMap(facts);
    }

    public String getByUsername() {
        return byUsername;
    }

    public String getByName() {
        return byName;
    }

    public String getByDesignation() {
        return byDesignation;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.CLOSURE_ENTRY;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.closureEntry(id, closureId, act.name(), facts, byUsername, byName, byDesignation, at);
    }

    @Override
    protected void cutTimesToStorable() {
        at = ChainFields.storable(at);
    }
}
