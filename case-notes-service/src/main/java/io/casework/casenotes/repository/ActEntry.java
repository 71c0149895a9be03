package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What every act on a part of a child's record keeps, whatever the part (a pathway step, a risk alert, a closure):
 * its id, the child, its facts, who did it as they were then, and when. The subclasses add what the act was done to
 * and which act it was, and name the fields their seal covers (ChainFields), which stay as they were sealed.
 */
@MappedSuperclass
public abstract class ActEntry extends SealedEntry {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

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

    protected ActEntry() {
        // for Hibernate
    }

    /**
     * A new act on the child's record by {@code by} at {@code at}. Facts are plain JSON values (text, numbers,
     * booleans, lists and maps of them, as EntryFacts makes them), so that the seal reads them back as sealed; a
     * person with no name or job title on record is kept by their username and an empty title.
     */
    protected ActEntry(UUID childId, Map<String, Object> facts, Person by, Instant at) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.facts = new LinkedHashMap<>(facts);
        this.byUsername = by.username();
        this.byName = by.fullName() == null ? by.username() : by.fullName();
        this.byDesignation = by.designation() == null ? "" : by.designation();
        this.at = at;
    }

    public UUID getId() {
        return id;
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

    /** Who did it, as they were then. */
    public Person getBy() {
        return new Person(byUsername, byName, byDesignation, null);
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    protected void cutTimesToStorable() {
        at = ChainFields.storable(at);
    }
}
