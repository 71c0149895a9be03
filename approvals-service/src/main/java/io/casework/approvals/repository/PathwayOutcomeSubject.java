package io.casework.approvals.repository;

import io.casework.contracts.events.PathwayOutcomeRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a request to authorise a pathway step's outcome asks the decider to check (004 "Completing a C&F Assessment":
 * "Check the correct Outcome has been selected ... before authorising"): the step, the outcome chosen, what it will
 * open and whether it closes the case, the date the step was completed, the worker's reasons and the outcome's own
 * facts. Part of the request it belongs to, written once.
 */
@Embeddable
public class PathwayOutcomeSubject {

    @Column(name = "pathway_step_id", updatable = false)
    private UUID stepId;

    @Column(name = "pathway_step_kind", updatable = false)
    private String stepKind;

    @Column(name = "pathway_outcome", updatable = false)
    private String outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pathway_opens", updatable = false, columnDefinition = "text[]")
    private String[] opens;

    @Column(name = "pathway_closes_case", updatable = false)
    private Boolean closesCase;

    @Column(name = "pathway_completed_date", updatable = false)
    private LocalDate completedDate;

    @Column(name = "pathway_reasons", updatable = false)
    private String reasons;

    /** The outcome's own facts (a strategy discussion's further actions and whether it goes to conference). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pathway_details", updatable = false, columnDefinition = "jsonb")
    private Map<String, Object> details;

    protected PathwayOutcomeSubject() {
        // for Hibernate
    }

    static PathwayOutcomeSubject of(PathwayOutcomeRequested asked) {
        PathwayOutcomeSubject subject = new PathwayOutcomeSubject();
        subject.stepId = asked.stepId();
        subject.stepKind = asked.kind();
        subject.outcome = asked.outcome();
        subject.opens = asked.opens().toArray(String[]::new);
        subject.closesCase = asked.closesCase();
        subject.completedDate = asked.completedDate();
        subject.reasons = asked.reasons();
        subject.details = asked.details() == null ? Map.of() : new LinkedHashMap<>(asked.details());
        return subject;
    }

    public UUID getStepId() {
        return stepId;
    }

    /** The kind of step whose outcome it is, e.g. CF_ASSESSMENT. */
    public String getStepKind() {
        return stepKind;
    }

    public String getOutcome() {
        return outcome;
    }

    /** The steps the outcome will open once authorised, e.g. CHILD_IN_NEED_PLAN; none when it ends the pathway. */
    public List<String> getOpens() {
        return Arrays.asList(opens);
    }

    public boolean closesCase() {
        return closesCase;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public String getReasons() {
        return reasons;
    }

    public Map<String, Object> getDetails() {
        return details == null ? Map.of() : Collections.unmodifiableMap(details);
    }
}
