package io.casework.approvals.repository;

import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;
import io.casework.contracts.events.InformationRemovalRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What a request to remove factually inaccurate personal information asks the decider to decide (002 s.5): the note,
 * the version and the parts that would be removed, what kind of information and whose, why it is inaccurate and why
 * the criteria for removal are met. Never the content itself. Part of the request it belongs to, written once.
 */
@Embeddable
public class RemovalSubject {

    @Column(name = "removal_note_id", updatable = false)
    private UUID noteId;

    @Column(name = "removal_note_version", updatable = false)
    private Integer noteVersion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "removal_fields", updatable = false, columnDefinition = "text[]")
    private String[] fields;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_information_kind", updatable = false)
    private PersonalInformationKind informationKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_concerns", updatable = false)
    private PersonConcerned concerns;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_ground", updatable = false)
    private RemovalGround ground;

    @Column(name = "removal_reason", updatable = false)
    private String reason;

    @Column(name = "removal_why_amendment_not_enough", updatable = false)
    private String whyAmendmentIsNotEnough;

    @Column(name = "removal_later_entries_unaffected", updatable = false)
    private String laterEntriesUnaffected;

    protected RemovalSubject() {
        // for Hibernate
    }

    /** What the request names and why, as case-notes-service asked. */
    static RemovalSubject of(InformationRemovalRequested asked) {
        RemovalSubject subject = new RemovalSubject();
        subject.noteId = asked.noteId();
        subject.noteVersion = asked.version();
        subject.fields = asked.fields().stream().map(Enum::name).toArray(String[]::new);
        subject.informationKind = asked.informationKind();
        subject.concerns = asked.concerns();
        subject.ground = asked.ground();
        subject.reason = asked.reason();
        subject.whyAmendmentIsNotEnough = asked.whyAmendmentIsNotEnough();
        subject.laterEntriesUnaffected = asked.laterEntriesUnaffected();
        return subject;
    }

    public UUID getNoteId() {
        return noteId;
    }

    public int getNoteVersion() {
        return noteVersion;
    }

    public List<NoteContentField> getFields() {
        return Arrays.stream(fields).map(NoteContentField::valueOf).toList();
    }

    public PersonalInformationKind getInformationKind() {
        return informationKind;
    }

    public PersonConcerned getConcerns() {
        return concerns;
    }

    public RemovalGround getGround() {
        return ground;
    }

    public String getReason() {
        return reason;
    }

    public String getWhyAmendmentIsNotEnough() {
        return whyAmendmentIsNotEnough;
    }

    public String getLaterEntriesUnaffected() {
        return laterEntriesUnaffected;
    }
}
