package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.CfaPriority;
import io.casework.casenotes.domain.pathway.CfaRules;
import io.casework.casenotes.domain.pathway.Opens;
import io.casework.casenotes.domain.pathway.StepState;
import io.casework.contracts.ParticipantAgency;
import io.casework.contracts.PathwayStepKind;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of a child's case pathway (table {@code pathway_step}, V20 says why one table serves every kind): made by
 * {@link #start}, moved forward by {@link #decide} and {@link #reprioritise}, never deleted.
 */
@Entity
@Table(name = "pathway_step")
public class PathwayStep {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PathwayStepKind kind;

    @Column(name = "opened_from", updatable = false)
    private UUID openedFrom;

    @Column(name = "part_of", updatable = false)
    private UUID partOf;

    @Column(nullable = false, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepState state;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    /** The kind's own facts, as casework-contracts' pathway details schema defines them for the kind. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> details;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    private String chair;

    @Column(name = "held_at")
    private Instant heldAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<Participant> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "non_compliance", columnDefinition = "jsonb")
    private List<String> nonCompliance;

    @Column(updatable = false)
    private String source;

    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;

    @Column(name = "priority_working_days")
    private Integer priorityWorkingDays;

    /** A C&F's due date, as deadlines-service counts and announces it; null until the announcement arrives. */
    // Outside the step's version: a date learnt from deadlines-service is no one's edit, and must not make a worker's
    // If-Match stale a second after the step starts.
    @OptimisticLock(excluded = true)
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** When a C&F's supervisor is reminded to set the priority, as deadlines-service announces it; null until then. */
    @OptimisticLock(excluded = true)
    @Column(name = "priority_alert_date")
    private LocalDate priorityAlertDate;

    private String outcome;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<PathwayStepKind> opens;

    @Column(name = "closes_case")
    private Boolean closesCase;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "outcome_details", columnDefinition = "jsonb")
    private Map<String, Object> outcomeDetails;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_by_step")
    private UUID endedByStep;

    @Column(name = "re_added_from", updatable = false)
    private UUID reAddedFrom;

    /** Who recorded the step, as they were then: kept as a request's asker is, in one embeddable. */
    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "recorded_by", nullable = false, updatable = false))
    @AttributeOverride(name = "fullName",
            column = @Column(name = "recorded_by_name", nullable = false, updatable = false))
    @AttributeOverride(name = "designation",
            column = @Column(name = "recorded_by_designation", nullable = false, updatable = false))
    @AttributeOverride(name = "team", column = @Column(name = "recorded_by_team", nullable = false, updatable = false))
    private Requester recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PathwayStep() {
        // for Hibernate
    }

    /**
     * One who took part in a meeting step, with their input as recorded (004 "Strategy Discussions": "reference to
     * each Attendee and recording their input").
     */
    public record Participant(String name, String role, ParticipantAgency agency, boolean manager, String input) {
    }

    /** A step that starts now, OPEN; the kind's own facts (source, time received, priority) given or null. */
    public static PathwayStep start(UUID childId, PathwayStepKind kind, UUID openedFrom, String team,
            LocalDate startDate, String source, Instant receivedAt, Integer priorityWorkingDays, Person by,
            Instant at) {
        return start(childId, kind, openedFrom, null, team, startDate, Map.of(), source, receivedAt,
                priorityWorkingDays, by, at);
    }

    /**
     * A step that starts now, OPEN, part of {@code partOf} (or standing alone when null), with its kind's facts. A
     * C&F's dates are not known yet: deadlines-service announces them ({@link #learnt}).
     */
    public static PathwayStep start(UUID childId, PathwayStepKind kind, UUID openedFrom, UUID partOf, String team,
            LocalDate startDate, Map<String, Object> details, String source, Instant receivedAt,
            Integer priorityWorkingDays, Person by, Instant at) {
        PathwayStep step = new PathwayStep();
        step.id = UUID.randomUUID();
        step.childId = childId;
        step.kind = kind;
        step.openedFrom = openedFrom;
        step.partOf = partOf;
        step.details = new LinkedHashMap<>(details);
        step.team = team;
        step.state = StepState.OPEN;
        step.startDate = startDate;
        step.source = source == null ? null : source.strip();
        step.receivedAt = receivedAt;
        step.priorityWorkingDays = priorityWorkingDays;
        step.recordedBy = Requester.of(by);
        step.recordedAt = at;
        return step;
    }

    /**
     * A new step carrying the content of {@code original}, which a roll-back moved out of the current record: its
     * kind, dates, facts, meeting, outcome and end as they were (000: documents lost to a roll-back "will need to be
     * added to the file again"), recorded now by {@code by} in the child's team now. The link to the original is on
     * the new step's RE_ADDED entry and on the original's roll-back mark.
     *
     * @param openedFrom the step that opened the original, when it is still in the current record; else null
     * @param partOf     the step the original was part of, when it is still in the current record; else null
     */
    public static PathwayStep reAdd(PathwayStep original, UUID openedFrom, UUID partOf, String team, Person by,
            Instant at) {
        PathwayStep step = start(original.childId, original.kind, openedFrom, partOf, team, original.startDate,
                original.details, original.source, original.receivedAt, original.priorityWorkingDays, by, at);
        step.state = original.state;
        step.scheduledFor = original.scheduledFor;
        step.chair = original.chair;
        step.heldAt = original.heldAt;
        step.participants = original.participants == null ? null : List.copyOf(original.participants);
        step.nonCompliance = original.nonCompliance == null ? null : List.copyOf(original.nonCompliance);
        step.outcome = original.outcome;
        step.completedDate = original.completedDate;
        step.opens = original.opens == null ? null : List.copyOf(original.opens);
        step.closesCase = original.closesCase;
        step.outcomeDetails = original.outcomeDetails == null ? null : new LinkedHashMap<>(original.outcomeDetails);
        step.decidedAt = original.decidedAt;
        step.endDate = original.endDate;
        step.endReason = original.endReason;
        step.endedByStep = null;
        step.reAddedFrom = original.id;
        return step;
    }

    /** The outcome takes effect: the step is DECIDED and records what it opened. */
    public void decide(String outcome, Opens opens, LocalDate completedDate, Instant at) {
        decide(outcome, opens, completedDate, Map.of(), at);
    }

    /** The outcome takes effect with its own facts (a CP plan's category, further actions). */
    public void decide(String outcome, Opens opens, LocalDate completedDate, Map<String, Object> facts, Instant at) {
        if (!state.mayBecome(StepState.DECIDED)) {
            throw new IllegalStateException("step " + id + " is " + state);
        }
        this.state = StepState.DECIDED;
        this.outcome = outcome;
        this.opens = opens.steps();
        this.closesCase = opens.closesCase();
        this.completedDate = completedDate;
        this.outcomeDetails = facts.isEmpty() ? null : new LinkedHashMap<>(facts);
        this.decidedAt = at;
    }

    /** The meeting is (re-)scheduled for {@code at}, chaired by {@code chairedBy} when named. */
    public void schedule(Instant at, String chairedBy) {
        this.scheduledFor = at;
        if (chairedBy != null && !chairedBy.isBlank()) {
            this.chair = chairedBy.strip();
        }
    }

    /**
     * The meeting was held: when, chaired by whom, who took part; its kind's facts completed with {@code facts} (the
     * record of a strategy discussion); for a strategy discussion, what made it not compliant.
     */
    public void held(Instant at, String chairedBy, List<Participant> took, Map<String, Object> facts,
            List<String> notCompliant) {
        this.heldAt = at;
        if (chairedBy != null && !chairedBy.isBlank()) {
            this.chair = chairedBy.strip();
        }
        this.participants = List.copyOf(took);
        Map<String, Object> merged = new LinkedHashMap<>(details);
        merged.putAll(facts);
        this.details = merged;
        this.nonCompliance = notCompliant;
    }

    /** The step ends on {@code date}, for {@code reason}; by another step's outcome when {@code by} is named. */
    public void end(LocalDate date, String reason, UUID by) {
        move(StepState.ENDED);
        this.endDate = date;
        this.endReason = reason.strip();
        this.endedByStep = by;
    }

    /** The worker's outcome went to a manager: until they authorise it, it opens nothing (DOMAIN rule 20). */
    public void awaitAuthorisation() {
        move(StepState.AWAITING_AUTHORISATION);
    }

    /** The manager refused the outcome: the step is the worker's again, to choose anew. */
    public void returnToWorker() {
        move(StepState.OPEN);
    }

    private void move(StepState next) {
        if (!state.mayBecome(next)) {
            throw new IllegalStateException("step " + id + " is " + state + ", not to become " + next);
        }
        this.state = next;
    }

    /**
     * Why a C&F cannot be reset to {@code asked} now ({@link CfaRules#priorityChangeRefusal}); empty when it can. The
     * same rule for the practice manager's own reset and a worker's request they approved (issue 17).
     */
    public Optional<CfaRules.Refusal> refusalToReprioritise(CfaPriority asked) {
        return CfaRules.priorityChangeRefusal(state, CfaPriority.ofWorkingDays(priorityWorkingDays).orElseThrow(),
                asked);
    }

    /**
     * A new priority. The due date it gives is deadlines-service's to count: the old one no longer holds, and the
     * step has none until that service announces the new one.
     */
    public void reprioritise(int workingDays) {
        this.priorityWorkingDays = workingDays;
        this.dueDate = null;
    }

    /** A C&F's date, as deadlines-service announced it (a deadline opened, or a manager's extension of it). */
    public void learnt(CfaRules.StepDate which, LocalDate date) {
        switch (which) {
            case DUE -> dueDate = date;
            case PRIORITY_ALERT -> priorityAlertDate = date;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public PathwayStepKind getKind() {
        return kind;
    }

    public UUID getOpenedFrom() {
        return openedFrom;
    }

    public UUID getPartOf() {
        return partOf;
    }

    /** The kind's own facts; an empty map for a kind with none. */
    public Map<String, Object> getDetails() {
        return details == null ? Map.of() : Collections.unmodifiableMap(details);
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public String getChair() {
        return chair;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    /** Who took part in the meeting; null until it was held. */
    public List<Participant> getParticipants() {
        return participants;
    }

    /** What made a held strategy discussion not compliant; null for any other step or before it was held. */
    public List<String> getNonCompliance() {
        return nonCompliance;
    }

    /** The outcome's own facts; an empty map when it had none or has not taken effect. */
    public Map<String, Object> getOutcomeDetails() {
        return outcomeDetails == null ? Map.of() : Collections.unmodifiableMap(outcomeDetails);
    }

    public String getEndReason() {
        return endReason;
    }

    /** The step a roll-back moved out that this one re-adds; null for a step recorded as itself. */
    public UUID getReAddedFrom() {
        return reAddedFrom;
    }

    public UUID getEndedByStep() {
        return endedByStep;
    }

    public String getTeam() {
        return team;
    }

    public StepState getState() {
        return state;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getSource() {
        return source;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Integer getPriorityWorkingDays() {
        return priorityWorkingDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPriorityAlertDate() {
        return priorityAlertDate;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    /** What the outcome opened; null until it took effect. */
    public List<PathwayStepKind> getOpens() {
        return opens;
    }

    public Boolean getClosesCase() {
        return closesCase;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** Who recorded the step, as they were then. */
    public Person getRecordedBy() {
        return recordedBy.person();
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
