package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.domain.RemovalCriteria;
import io.casework.casenotes.domain.RemovalRequestState;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.Outcome;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to remove factually inaccurate personal information from one version of a finalised note (002 s.5), and
 * once decided the manager's decision (table {@code information_removal_request}). Made whole by {@link #ask};
 * changes once, by {@link #decide}. What it names and why never changes (the columns are not updatable here, and the
 * runtime role may update only the decision's columns).
 */
@Entity
@Table(name = "information_removal_request")
public class RemovalRequest {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "note_id", nullable = false, updatable = false)
    private UUID noteId;

    @Column(name = "note_version", nullable = false, updatable = false)
    private int noteVersion;

    /** The parts named, in the order of {@link NoteContentField}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] fields;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_kind", nullable = false, updatable = false)
    private PersonalInformationKind informationKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PersonConcerned concerns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RemovalGround ground;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "why_amendment_not_enough", nullable = false, updatable = false)
    private String whyAmendmentIsNotEnough;

    @Column(name = "later_entries_unaffected", nullable = false, updatable = false)
    private String laterEntriesUnaffected;

    @Embedded
    private Requester requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemovalRequestState state;

    /** The manager's decision; null while pending. */
    @Embedded
    private RequestDecision decision;

    protected RemovalRequest() {
        // for Hibernate
    }

    /**
     * A pending request by {@code requester} (as they are now) to remove {@code parts} of version {@code version} of
     * the note, for the reason and on the criteria given. Its time is cut to what the database keeps, as the removal
     * that may follow copies it onto the chain.
     */
    public static RemovalRequest ask(CaseNote note, int version, List<NoteContentField> parts,
            PersonalInformationKind informationKind, PersonConcerned concerns, String reason,
            RemovalCriteria criteria, Person requester, Instant at) {
        RemovalRequest request = new RemovalRequest();
        request.id = UUID.randomUUID();
        request.childId = note.getChildId();
        request.noteId = note.getId();
        request.noteVersion = version;
        request.fields = parts.stream().sorted().map(Enum::name).toArray(String[]::new);
        request.informationKind = informationKind;
        request.concerns = concerns;
        request.ground = criteria.ground();
        request.reason = reason;
        request.whyAmendmentIsNotEnough = criteria.whyAmendmentIsNotEnough();
        request.laterEntriesUnaffected = criteria.laterEntriesUnaffected();
        request.requestedBy = Requester.of(requester);
        request.requestedAt = ChainFields.storable(at);
        request.state = RemovalRequestState.PENDING;
        return request;
    }

    /** Why the decision cannot be applied, or empty: a request is decided once, and never by whoever made it. */
    public Optional<String> refusalToDecide(String decider) {
        return RequestDecision.refusal("removal request", id, state, state == RemovalRequestState.PENDING,
                requestedBy.username(), decider);
    }

    /**
     * The manager's decision, as approvals-service recorded it: approved (the information is removed) or returned
     * (nothing is). Its time is cut to what the database keeps, as the removal that may follow copies it.
     *
     * @throws IllegalStateException when {@link #refusalToDecide} refuses it (callers ask first)
     */
    public void decide(ApprovalDecided decision) {
        refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        state = decision.outcome() == Outcome.APPROVED ? RemovalRequestState.APPROVED : RemovalRequestState.REJECTED;
        this.decision = RequestDecision.of(decision);
    }

    /** Whether the decision it holds is that approval request's: the same decision arriving again. */
    public boolean holdsDecision(UUID approvalRequestId) {
        return decision != null && decision.getApprovalRequestId().equals(approvalRequestId);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
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

    public String getReason() {
        return reason;
    }

    public RemovalCriteria getCriteria() {
        return new RemovalCriteria(ground, whyAmendmentIsNotEnough, laterEntriesUnaffected);
    }

    /** The requester as the request kept them when they asked. */
    public Person getRequestedBy() {
        return requestedBy.person();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public RemovalRequestState getState() {
        return state;
    }

    /** The manager's decision; null while pending. */
    public RequestDecision getDecision() {
        return decision;
    }
}
