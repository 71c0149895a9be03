package io.casework.deadlines.repository;

import io.casework.deadlines.domain.Completion;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.domain.ExtensionRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One tracked deadline (table {@code deadline}). Created open; changes state only through its named transitions,
 * which apply the domain's ({@link DeadlineState}): {@link #meet}, and for a statutory visit corrected after a return
 * (003 s.5b) {@link #withdraw}, {@link #reopen}, {@link #remeet}, {@link #reinstate} and {@link #reschedule}.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind kind;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private String ruleId;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String team;

    private String assignee;

    // Updatable: the visit a statutory visit deadline tracks is moved when the visit before it is re-dated.
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineState state;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Column(name = "met_at")
    private Instant metAt;

    private Boolean late;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    // Updatable: a release of new rules or bank holidays counts an open due date again (see #recount).
    @Column(name = "rules_version")
    private String rulesVersion;

    @Column(name = "counted_from", updatable = false)
    private LocalDate countedFrom;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "escalations_taken", nullable = false)
    private int escalationsTaken;

    @Column(name = "next_escalation_on")
    private LocalDate nextEscalationOn;

    @Column(name = "extended_at")
    private Instant extendedAt;

    protected Deadline() {
        // for Hibernate
    }

    /**
     * A deadline tracked from now. {@code rulesVersion} is the version of the rules and calendar its due date was
     * computed under here, or null when another service computed it (a statutory visit's, visits-service).
     */
    public static Deadline open(UUID childId, DeadlineKind kind, String authority, String rulesVersion,
                                String subjectId, String team, String assignee, LocalDate dueDate, Instant openedAt) {
        Deadline deadline = new Deadline();
        deadline.id = UUID.randomUUID();
        deadline.childId = childId;
        deadline.kind = kind;
        deadline.ruleId = kind.ruleId();
        deadline.authority = authority;
        deadline.rulesVersion = rulesVersion;
        deadline.subjectId = subjectId;
        deadline.team = team;
        deadline.assignee = assignee;
        deadline.dueDate = dueDate;
        deadline.state = DeadlineState.OPEN;
        deadline.openedAt = openedAt;
        return deadline;
    }

    /**
     * A deadline of {@code kind} under one of the authority's tracked rules (a pathway step's, a risk alert's review),
     * due as counted here under {@code rulesVersion} from {@code countedFrom}; both null when the service that owns
     * the due date announced it (a failed access step's, visits-service).
     */
    public static Deadline openUnderRule(UUID childId, DeadlineKind kind, String ruleId, String authority,
                                         String rulesVersion, String subjectId, String team, String assignee,
                                         LocalDate countedFrom, LocalDate dueDate, Instant openedAt) {
        Deadline deadline = open(childId, kind, authority, rulesVersion, subjectId, team, assignee, dueDate,
                openedAt).countedFrom(countedFrom);
        deadline.ruleId = ruleId;
        return deadline;
    }

    /** The day its due date was counted from, so that a release of new rules or bank holidays can count it again. */
    public Deadline countedFrom(LocalDate day) {
        this.countedFrom = day;
        return this;
    }

    /**
     * The tracked work was done on {@code metOn} (the day that counts for lateness), recorded at {@code metAt}.
     *
     * @throws DeadlineState.IllegalDeadlineTransition if it was met already
     */
    public Completion meet(LocalDate metOn, Instant metAt) {
        Completion completion = Completion.of(dueDate, metOn);
        this.state = state.meet();
        this.metOn = completion.metOn();
        this.metAt = metAt;
        this.late = completion.late();
        return completion;
    }

    /**
     * The work is no longer due (the visit it was planned after no longer counts): kept, withdrawn, saying why.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     */
    public void withdraw(Instant at, String reason) {
        this.state = state.withdraw();
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    /**
     * The work that met it no longer counts: open again, due when it was, with nothing about meeting it.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is met
     */
    public void reopen(Instant at) {
        this.state = state.reopen();
        this.metOn = null;
        this.metAt = null;
        this.late = null;
        this.reopenedAt = at;
    }

    /**
     * The work that met it was done on another day than first said: met on {@code metOn}, late or not by that day.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is met
     */
    public Completion remeet(LocalDate metOn, Instant metAt) {
        if (state != DeadlineState.MET) {
            throw new DeadlineState.IllegalDeadlineTransition(state, DeadlineState.MET);
        }
        Completion completion = Completion.of(dueDate, metOn);
        this.metOn = completion.metOn();
        this.metAt = metAt;
        this.late = completion.late();
        return completion;
    }

    /**
     * The withdrawn work is due after all, by {@code dueDate}; when and why it was withdrawn stay as history.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is withdrawn
     */
    public void reinstate(LocalDate dueDate) {
        this.state = state.reinstate();
        moveTo(dueDate);
    }

    /**
     * The open work is due on another day (the visit before it was re-dated).
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     */
    public void reschedule(LocalDate dueDate) {
        requireOpen();
        moveTo(dueDate);
    }

    /**
     * A manager gave it a later due date, saying why (the history keeps who and why): a release's recount leaves it.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     * @throws IllegalArgumentException unless {@code dueDate} is after the current one
     */
    public void extend(LocalDate dueDate, Instant at) {
        requireOpen();
        if (refusalToExtend(dueDate).isPresent()) {
            throw new IllegalArgumentException("An extension moves the due date later than " + this.dueDate);
        }
        moveTo(dueDate);
        this.extendedAt = at;
    }

    /** Why it cannot be extended to {@code dueDate} now ({@link ExtensionRefusal}); empty when it can. */
    public Optional<ExtensionRefusal> refusalToExtend(LocalDate dueDate) {
        return ExtensionRefusal.of(state, this.dueDate, dueDate);
    }

    /**
     * Counted again under a new release of the rules and calendar, {@code rulesVersion}: due on {@code dueDate}
     * (perhaps the same day).
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     */
    public void recount(LocalDate dueDate, String rulesVersion) {
        requireOpen();
        this.rulesVersion = rulesVersion;
        if (!dueDate.equals(this.dueDate)) {
            moveTo(dueDate);
        }
    }

    /**
     * The scan found it past its due date unmet, at {@code at}; {@code nextEscalationOn} is the day after which its
     * rule's first escalation step is due, or null when the rule names none.
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     * @throws IllegalStateException if it is marked breached already: a breach is announced once
     */
    public void breach(Instant at, LocalDate nextEscalationOn) {
        requireOpen();
        if (breachedAt != null) {
            throw new IllegalStateException("Deadline " + id + " was marked breached at " + breachedAt);
        }
        this.breachedAt = at;
        this.nextEscalationOn = nextEscalationOn;
    }

    /**
     * One more step of its rule's escalation was taken; {@code nextEscalationOn} is when the step after is due, or
     * null when it was the last.
     *
     * @throws IllegalStateException unless it is breached and open
     */
    public void escalated(LocalDate nextEscalationOn) {
        if (state != DeadlineState.OPEN || breachedAt == null) {
            throw new IllegalStateException("Deadline " + id + " is not an open breach");
        }
        this.escalationsTaken++;
        this.nextEscalationOn = nextEscalationOn;
    }

    // A new due date is a new chance: a breach of the old one, and its escalation, no longer stand. If the new day
    // passes too, the scan marks and announces a new breach.
    private void moveTo(LocalDate dueDate) {
        this.dueDate = dueDate;
        this.breachedAt = null;
        this.escalationsTaken = 0;
        this.nextEscalationOn = null;
    }

    private void requireOpen() {
        if (state != DeadlineState.OPEN) {
            throw new DeadlineState.IllegalDeadlineTransition(state, DeadlineState.OPEN);
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getAuthority() {
        return authority;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTeam() {
        return team;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DeadlineState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public Boolean getLate() {
        return late;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public LocalDate getCountedFrom() {
        return countedFrom;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public int getEscalationsTaken() {
        return escalationsTaken;
    }

    public LocalDate getNextEscalationOn() {
        return nextEscalationOn;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}
