package io.casework.timescales;

import io.casework.contracts.VisitKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One authority's timescales, resolved: the rules of the base it extends, with its own rules
 * added and the base's replaced where it overrides them by id. Immutable.
 *
 * @param authority the authority id, e.g. {@code rochdale}
 * @param title a readable name for the rule set
 * @param document the seed document this rule set is written from
 * @param extendsAuthority the rule set it refines, if any
 * @param rulesById every rule in force for the authority, in file order (the base's first)
 * @param visitFrequenciesById every visit frequency in force for the authority, likewise
 * @param approvalTypesById the catalogue of decisions that need a manager, likewise
 */
public record RuleSet(
        String authority,
        String title,
        String document,
        Optional<String> extendsAuthority,
        Map<String, TimescaleRule> rulesById,
        Map<String, VisitFrequency> visitFrequenciesById,
        Map<String, ApprovalType> approvalTypesById) {

    public RuleSet {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(extendsAuthority, "extendsAuthority");
        rulesById = Collections.unmodifiableMap(new LinkedHashMap<>(rulesById));
        visitFrequenciesById = Collections.unmodifiableMap(new LinkedHashMap<>(visitFrequenciesById));
        approvalTypesById = Collections.unmodifiableMap(new LinkedHashMap<>(approvalTypesById));
    }

    /** The catalogue of decisions that need a manager, in force for the authority: the base's first, in file order. */
    public List<ApprovalType> approvalTypes() {
        return List.copyOf(approvalTypesById.values());
    }

    public Optional<ApprovalType> findApprovalType(String id) {
        return Optional.ofNullable(approvalTypesById.get(id));
    }

    /** The kind with this id; a kind the catalogue lacks is a programming or configuration error. */
    public ApprovalType approvalType(String id) {
        return findApprovalType(id).orElseThrow(() -> new NoSuchElementException("no approval type '" + id
                + "' for authority '" + authority + "'; it has " + approvalTypesById.keySet()));
    }

    /** Every visit frequency in force, the base's first, in file order. */
    public List<VisitFrequency> visitFrequencies() {
        return List.copyOf(visitFrequenciesById.values());
    }

    /**
     * The frequency of {@code kind} visits for a child in these circumstances: of those that apply, the one naming
     * the most circumstances, and of equally specific ones the last in force (an authority's own before the base's).
     * Empty when the authority has no frequency for the kind.
     */
    public Optional<VisitFrequency> visitFrequencyFor(VisitKind kind, Map<String, String> facts) {
        VisitFrequency chosen = null;
        for (VisitFrequency frequency : visitFrequenciesById.values()) {
            if (frequency.kind() == kind && frequency.appliesTo(facts)
                    && (chosen == null || frequency.specificity() >= chosen.specificity())) {
                chosen = frequency;
            }
        }
        return Optional.ofNullable(chosen);
    }

    public Optional<VisitFrequency> findVisitFrequency(String id) {
        return Optional.ofNullable(visitFrequenciesById.get(id));
    }

    /** Every rule in force, the base's first, in file order. */
    public List<TimescaleRule> rules() {
        return List.copyOf(rulesById.values());
    }

    public Optional<TimescaleRule> findRule(String ruleId) {
        return Optional.ofNullable(rulesById.get(ruleId));
    }

    /** The rule with this id; a missing rule is a programming or configuration error. */
    public TimescaleRule rule(String ruleId) {
        return findRule(ruleId).orElseThrow(() -> new NoSuchElementException(
                "no timescale rule '" + ruleId + "' for authority '" + authority + "'; it has " + rulesById.keySet()));
    }

    /**
     * The last date on time for a rule, counted from the event that starts its chain: for a rule
     * that follows another, the predecessor's due date is its trigger. Passing the first failed
     * visit's date for {@code failed-access-team-manager-alert} gives the day the team manager
     * must have been told.
     */
    public LocalDate dueDate(String ruleId, LocalDate chainStart, WorkingDayCalendar calendar) {
        TimescaleRule rule = rule(ruleId);
        LocalDate trigger = rule.follows()
                .map(previous -> dueDate(previous, chainStart, calendar))
                .orElse(chainStart);
        return rule.dueDate(trigger, calendar);
    }

    /** As {@link #dueDate(String, LocalDate, WorkingDayCalendar)}, to the moment. */
    public LocalDateTime dueTime(String ruleId, LocalDateTime chainStart, WorkingDayCalendar calendar) {
        TimescaleRule rule = rule(ruleId);
        LocalDateTime trigger = rule.follows()
                .map(previous -> dueTime(previous, chainStart, calendar))
                .orElse(chainStart);
        return rule.dueTime(trigger, calendar);
    }
}
