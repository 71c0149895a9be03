package io.casework.deadlines.repository;

import io.casework.deadlines.domain.Completion;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.DeadlineState;
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

    @Column(name = "rules_version", updatable = false)
    private String rulesVersion;

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
     * A pathway step's deadline under one of the authority's tracked rules, due as counted here under
     * {@code rulesVersion}.
     */
    public static Deadline openForStep(UUID childId, String ruleId, String authority, String rulesVersion,
                                       UUID stepId, String team, String assignee, LocalDate dueDate,
                                       Instant openedAt) {
        Deadline deadline = open(childId, DeadlineKind.PATHWAY_STEP, authority, rulesVersion, stepId.toString(), team,
                assignee, dueDate, openedAt);
        deadline.ruleId = ruleId;
        return deadline;
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
        this.dueDate = dueDate;
    }

    /**
     * The open work is due on another day (the visit before it was re-dated).
     *
     * @throws DeadlineState.IllegalDeadlineTransition unless it is open
     */
    public void reschedule(LocalDate dueDate) {
        if (state != DeadlineState.OPEN) {
            throw new DeadlineState.IllegalDeadlineTransition(state, DeadlineState.OPEN);
        }
        this.dueDate = dueDate;
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
}
