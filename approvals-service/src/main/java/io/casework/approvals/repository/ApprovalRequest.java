package io.casework.approvals.repository;

import io.casework.approvals.domain.RequestState;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.RestrictionRequested;
import io.casework.contracts.events.RiskAlertRequested;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * A request for a decision, routed to one approver, and once decided the decision itself (table
 * {@code approval_request}). Opened pending by {@link #open}; changes only through {@link #decide}, once, so that a
 * decision on the record is never overwritten by a second one. Who, when and the time itself are passed in: the
 * entity reads no clock and no token.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "subject_version", nullable = false, updatable = false)
    private int subjectVersion;

    @Column(nullable = false, updatable = false)
    private String team;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requester_name", nullable = false, updatable = false)
    private String requesterName;

    @Column(nullable = false)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_by")
    private LocalDate dueBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_by_designation")
    private String decidedByDesignation;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comments;

    /** Decided after its due date: recorded all the same, and marked (issue 17). */
    @Column(nullable = false)
    private boolean late;

    /** When a breached deadline escalated the request up the line; null while it has not. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** The absent assignee the decider acted for under a delegation; null when they decided in their own right. */
    @Column(name = "acting_for")
    private String actingFor;

    /** A decision a manager recorded within their own authority, without anyone asking (004). */
    @Column(nullable = false, updatable = false)
    private boolean direct;

    /** The fields of a request asked through the API, by the catalogue's names; null for those sent by event. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private Map<String, String> details;

    /** When a record taken off site came back, and who said so; null while it is away (002 s.11). */
    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    /** What a removal of inaccurate information would remove, and why; null for every other kind. */
    @Embedded
    private RemovalSubject informationRemoval;

    /** The restriction asked for and why; null for every other kind. */
    @Embedded
    private RestrictionSubject restriction;

    /** The pathway step's outcome to authorise and what it will open; null for every other kind. */
    @Embedded
    private PathwayOutcomeSubject pathwayOutcome;

    /** The risk alert to record or not; null for every other kind. */
    @Embedded
    private RiskAlertSubject riskAlert;

    protected ApprovalRequest() {
        // for Hibernate
    }

    /**
     * A new pending request about version {@code subjectVersion} of {@code subjectId}, asked for by
     * {@code requestedBy} (whose name is kept as it is now) and routed to {@code assignee}.
     *
     * @param dueBy the last day the decision is in time; null when the kind has no timescale
     */
    public static ApprovalRequest open(String kind, UUID childId, String subjectId, int subjectVersion, String team,
                                       String requestedBy, String requesterName, String assignee, LocalDate dueBy,
                                       Instant createdAt) {
        ApprovalRequest request = new ApprovalRequest();
        request.id = UUID.randomUUID();
        request.kind = kind;
        request.childId = childId;
        request.subjectId = subjectId;
        request.subjectVersion = subjectVersion;
        request.team = team;
        request.requestedBy = requestedBy;
        request.requesterName = requesterName;
        request.assignee = assignee;
        request.state = RequestState.PENDING;
        request.createdAt = createdAt;
        request.dueBy = dueBy;
        return request;
    }

    /**
     * A pending request to remove factually inaccurate personal information (002 s.5), of the given kind, about the
     * removal request case-notes-service {@code asked}, routed to {@code assignee}: it carries what would be removed
     * and why, for the decider. A removal request is decided once, so its subject version is 1.
     */
    public static ApprovalRequest toRemoveInformation(String kind, InformationRemovalRequested asked, String assignee,
                                                      Instant createdAt) {
        ApprovalRequest request = open(kind, asked.childId(), asked.removalRequestId().toString(), 1, asked.team(),
                asked.requestedBy(), asked.requestedByName(), assignee, null, createdAt);
        request.informationRemoval = RemovalSubject.of(asked);
        return request;
    }

    /**
     * A request to decide the restriction case-notes-service {@code asked} for, routed to {@code assignee} (the head of
     * service): it carries the restriction asked for and the reasons, for the decider. Decided once: version 1.
     */
    public static ApprovalRequest toRestrict(String kind, RestrictionRequested asked, String assignee,
                                             Instant createdAt) {
        ApprovalRequest request = open(kind, asked.childId(), asked.restrictionRequestId().toString(), 1,
                asked.team(), asked.requestedBy(), asked.requestedByName(), assignee, null, createdAt);
        request.restriction = RestrictionSubject.of(asked);
        return request;
    }

    /**
     * A request to authorise a pathway step's outcome (004 "Completing a C&F Assessment"), named by the outcome
     * request's id: a returned outcome sent again is a new request.
     */
    public static ApprovalRequest toAuthoriseOutcome(String kind, PathwayOutcomeRequested asked, String assignee,
                                                     Instant createdAt) {
        ApprovalRequest request = open(kind, asked.childId(), asked.outcomeRequestId().toString(), 1, asked.team(),
                asked.requestedBy(), asked.requestedByName(), assignee, null, createdAt);
        request.pathwayOutcome = PathwayOutcomeSubject.of(asked);
        return request;
    }

    /**
     * A request to decide whether the risk alert case-notes-service {@code asked} for is recorded (001 "Risk
     * Alerts"), routed to {@code assignee} (the head of service): it carries the alert's kind, date, description and
     * the entries it refers to, for the decider. Decided once: version 1.
     */
    public static ApprovalRequest toRaiseRiskAlert(String kind, RiskAlertRequested asked, String assignee,
                                                   Instant createdAt) {
        ApprovalRequest request = open(kind, asked.childId(), asked.riskAlertId().toString(), 1, asked.team(),
                asked.requestedBy(), asked.requestedByName(), assignee, null, createdAt);
        request.riskAlert = RiskAlertSubject.of(asked);
        return request;
    }

    /**
     * A decision a manager recorded within their own authority, without a request (issue 17; 004 "Setting A Due Date
     * (Priority) for New C&F": the practice manager resets the priority). The owning service applied it already; it
     * is kept here so that every decision on a child is in one place. Requester, assignee and decider are the one
     * manager, so it is born decided.
     */
    public static ApprovalRequest direct(String kind, UUID childId, String subjectId, int subjectVersion, String team,
                                         String decidedBy, String decidedByName, String decidedByDesignation,
                                         String reasons, Instant decidedAt) {
        ApprovalRequest request = open(kind, childId, subjectId, subjectVersion, team, decidedBy, decidedByName,
                decidedBy, null, decidedAt);
        request.direct = true;
        // No due date, so never late: the day it was decided does not matter.
        request.decide(Outcome.APPROVED, reasons, decidedBy, decidedByName, decidedByDesignation, null, decidedAt,
                LocalDate.MIN);
        return request;
    }

    /**
     * A request asked through the API (issue 17: "through REST where no service owns the subject", and the kinds a
     * worker asks of their manager), carrying its fields by the catalogue's names, checked by the caller. Without a
     * subject, the request is its own.
     */
    public static ApprovalRequest asked(String kind, UUID childId, String subjectId, int subjectVersion, String team,
                                        String requestedBy, String requesterName, String assignee,
                                        Map<String, String> details, Instant createdAt) {
        ApprovalRequest request = open(kind, childId, subjectId, subjectVersion, team, requestedBy, requesterName,
                assignee, null, createdAt);
        if (subjectId == null) {
            // What is decided is the request itself (a record taken off site): it is its own subject.
            request.subjectId = request.id.toString();
        }
        request.details = Map.copyOf(details);
        return request;
    }

    /**
     * A record taken off site is back (002 s.11), said by {@code by} at {@code at}; saying so again changes nothing.
     *
     * @throws IllegalStateException unless the request was approved
     */
    public boolean recordReturn(String by, Instant at) {
        if (state != RequestState.APPROVED) {
            throw new IllegalStateException("approval request " + id + " is " + state + ": nothing was taken");
        }
        if (returnedAt != null) {
            return false;
        }
        // To the microsecond, as the database keeps it: the answer now and every later read show the same time.
        returnedAt = at.truncatedTo(ChronoUnit.MICROS);
        returnedBy = by;
        return true;
    }

    /**
     * A breached deadline escalated the request to {@code assignee}, the next manager up the line; the day it
     * happened is kept, and a decision from now on is late.
     */
    public void escalate(String assignee, Instant at) {
        reassign(assignee);
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    /**
     * The request goes to {@code assignee} instead: the child's record was restricted and the one it was routed to is
     * off its list (001 "Restricted Records"), or they left the line. Only a pending request moves.
     *
     * @throws IllegalStateException if the request was decided already
     */
    public void reassign(String assignee) {
        if (state.decided()) {
            throw new IllegalStateException("approval request " + id + " was decided already (" + state + ")");
        }
        this.assignee = assignee;
    }

    /**
     * The decision, recorded as it is taken: the outcome and the reasons (stripped; empty when none were given), who
     * decided with their name and designation as they are at the time, for whom when acting under a delegation, and
     * when. Decided after the due date, or after a breach escalated it, it is marked late and recorded all the same.
     *
     * @param actingFor the absent assignee the decider acts for; null when deciding in their own right
     * @param decidedOn the day of {@code decidedAt} in the authority's time zone, to compare with the due date
     * @throws IllegalStateException if the request was decided already (callers check first, to say by whom)
     */
    public void decide(Outcome outcome, String comments, String decidedBy, String decidedByName,
                       String decidedByDesignation, String actingFor, Instant decidedAt, LocalDate decidedOn) {
        if (state.decided()) {
            throw new IllegalStateException("approval request " + id + " was decided already (" + state + ")");
        }
        this.state = RequestState.after(outcome);
        this.comments = comments == null ? "" : comments.strip();
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedByDesignation = decidedByDesignation;
        this.decidedAt = decidedAt;
        this.actingFor = actingFor;
        this.late = escalatedAt != null || (dueBy != null && decidedOn.isAfter(dueBy));
    }

    public boolean isLate() {
        return late;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getActingFor() {
        return actingFor;
    }

    public boolean isDirect() {
        return direct;
    }

    /** The request's fields by the catalogue's names; empty for a request sent by event. */
    public Map<String, String> getDetails() {
        return details == null ? Map.of() : details;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public UUID getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public int getSubjectVersion() {
        return subjectVersion;
    }

    public String getTeam() {
        return team;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getAssignee() {
        return assignee;
    }

    public RequestState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getDecidedByDesignation() {
        return decidedByDesignation;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComments() {
        return comments;
    }

    /** What a removal of inaccurate information would remove, and why; null for every other kind of request. */
    public RemovalSubject getInformationRemoval() {
        return informationRemoval;
    }

    /** The risk alert to record or not; null for every other kind of request. */
    public RiskAlertSubject getRiskAlert() {
        return riskAlert;
    }

    /** The restriction asked for and why; null for every other kind of request. */
    public RestrictionSubject getRestriction() {
        return restriction;
    }

    public PathwayOutcomeSubject getPathwayOutcome() {
        return pathwayOutcome;
    }
}
