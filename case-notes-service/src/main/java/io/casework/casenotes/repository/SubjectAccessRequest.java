package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RequesterRelationship;
import io.casework.casenotes.domain.SubjectAccessState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for everything held about a child (table {@code subject_access_request}; 002 s.9, UK GDPR Art. 15): who
 * asked, how their identity was checked, when it was received and when it is due (Art. 12(3)); in review until a
 * manager completes it. Changes only through {@link #extend} and {@link #completeReview}, each raising the version
 * (its ETag); the rules they follow are {@code SubjectAccessRules}', asked by the service first.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "requester_name", nullable = false, updatable = false)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_relationship", nullable = false, updatable = false)
    private RequesterRelationship requesterRelationship;

    @Column(name = "identity_checked", nullable = false, updatable = false)
    private String identityChecked;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "extended_due_on")
    private LocalDate extendedDueOn;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extended_by")
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectAccessState state;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "review_completed_by")
    private String reviewCompletedBy;

    @Column(name = "review_completed_by_name")
    private String reviewCompletedByName;

    @Column(name = "review_completed_at")
    private Instant reviewCompletedAt;

    @Column(nullable = false)
    private long version;

    protected SubjectAccessRequest() {
        // for Hibernate
    }

    /** A request just recorded, in review, at version 1. */
    public static SubjectAccessRequest received(UUID childId, String requesterName,
                                                RequesterRelationship relationship, String identityChecked,
                                                LocalDate receivedOn, LocalDate dueOn, Person by, Instant at) {
        SubjectAccessRequest request = new SubjectAccessRequest();
        request.id = UUID.randomUUID();
        request.childId = childId;
        request.requesterName = requesterName;
        request.requesterRelationship = relationship;
        request.identityChecked = identityChecked;
        request.receivedOn = receivedOn;
        request.dueOn = dueOn;
        request.state = SubjectAccessState.IN_REVIEW;
        request.recordedBy = by.username();
        request.recordedByName = nameOf(by);
        request.recordedAt = at;
        request.version = 1;
        return request;
    }

    /** Extended by two further months for the reason given (UK GDPR Art. 12(3)). */
    public void extend(LocalDate newDueOn, String reason, Person by, Instant at) {
        extendedDueOn = newDueOn;
        extensionReason = reason;
        extendedBy = by.username();
        extendedAt = at;
        version++;
    }

    /** The manager's review is complete: the export can be produced. */
    public void completeReview(Person by, Instant at) {
        state = SubjectAccessState.REVIEWED;
        reviewCompletedBy = by.username();
        reviewCompletedByName = nameOf(by);
        reviewCompletedAt = at;
        version++;
    }

    /** Raised by each decision and consultation recorded on the request, so that its ETag says the review moved. */
    public void reviewed() {
        version++;
    }

    static String nameOf(Person person) {
        return person.fullName() == null ? person.username() : person.fullName();
    }

    /** The day the answer is due now: the extended date once extended. */
    public LocalDate currentDueOn() {
        return extendedDueOn != null ? extendedDueOn : dueOn;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public RequesterRelationship getRequesterRelationship() {
        return requesterRelationship;
    }

    public String getIdentityChecked() {
        return identityChecked;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getExtendedDueOn() {
        return extendedDueOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }

    public SubjectAccessState getState() {
        return state;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getReviewCompletedBy() {
        return reviewCompletedBy;
    }

    public String getReviewCompletedByName() {
        return reviewCompletedByName;
    }

    public Instant getReviewCompletedAt() {
        return reviewCompletedAt;
    }

    public long getVersion() {
        return version;
    }
}
