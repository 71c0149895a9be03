package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.domain.closure.ClosureStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A step of a closure's checklist done (table {@code case_closure_step}, V22): who did it and when, and for a step that
 * is an entry on the record the case note that is that entry. Done once, never changed.
 */
@Entity
@Immutable
@Table(name = "case_closure_step")
public class CaseClosureStepDone {

    /** The row's key: the closure and the step. */
    @Embeddable
    public record Key(@Column(name = "closure_id") UUID closureId, @Enumerated(EnumType.STRING) ClosureStep step)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "note_id")
    private UUID noteId;

    private String details;

    @Column(name = "done_by", nullable = false)
    private String doneBy;

    @Column(name = "done_by_name", nullable = false)
    private String doneByName;

    @Column(name = "done_by_designation", nullable = false)
    private String doneByDesignation;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected CaseClosureStepDone() {
        // for Hibernate
    }

    public static CaseClosureStepDone of(UUID closureId, ClosureStep step, UUID noteId, String details, Person by,
            Instant at) {
        CaseClosureStepDone done = new CaseClosureStepDone();
        done.id = new Key(closureId, step);
        done.noteId = noteId;
        done.details = details;
        done.doneBy = by.username();
        done.doneByName = by.fullName() == null ? by.username() : by.fullName();
        done.doneByDesignation = by.designation() == null ? "" : by.designation();
        done.doneAt = ChainFields.storable(at);
        return done;
    }

    public UUID getClosureId() {
        return id.closureId();
    }

    public ClosureStep getStep() {
        return id.step();
    }

    public UUID getNoteId() {
        return noteId;
    }

    public String getDetails() {
        return details;
    }

    public Person getDoneBy() {
        return new Person(doneBy, doneByName, doneByDesignation, null);
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
