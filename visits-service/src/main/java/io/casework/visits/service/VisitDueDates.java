package io.casework.visits.service;

import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.timescales.RuleSet;
import io.casework.timescales.Timescale;
import io.casework.timescales.VisitFrequency;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.repository.PlannedVisit.Due;
import io.casework.visits.repository.VisitFrequencySettingRepository;
import io.casework.visits.repository.VisitPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When a child's next visit is due: by the manager's frequency for the child when one is in force, otherwise by the
 * frequency of the authority's rule set the plan was given. One place, so that the first visit, the next after a
 * visit and a visit re-dated by a correction are all counted alike.
 */
@ApplicationScoped
public class VisitDueDates {

    /** The rule a manager's setting is announced under. */
    public static final String MANAGER_OVERRIDE = "manager-override";

    @Inject
    RuleSet rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    VisitFrequencySettingRepository settings;

    @Inject
    TimescalesConfig config;

    /** The frequency of the authority's rule set for visits of this kind in these circumstances. */
    public Optional<VisitFrequency> frequencyFor(io.casework.contracts.VisitKind kind, Map<String, String> facts) {
        return rules.visitFrequencyFor(kind, facts);
    }

    /**
     * The next visit of {@code plan}, after {@code lastVisit} (the last visit that counted since the plan began) or,
     * before any, from the plan's start.
     */
    public Due next(VisitPlan plan, Optional<LocalDate> lastVisit) {
        LocalDate from = lastVisit.orElse(plan.getStartDate());
        Optional<Timescale> own = settings.inForce(plan.getChildId()).flatMap(setting -> setting.every());
        if (own.isPresent()) {
            return due(own.get().dueFrom(from, calendar), MANAGER_OVERRIDE, from);
        }
        // A rule set replaced since the plan began may no longer have its frequency: choose again by the same facts.
        VisitFrequency frequency = rules.findVisitFrequency(plan.getFrequencyRule())
                .or(() -> rules.visitFrequencyFor(plan.getVisitKind(), plan.getFacts()))
                .orElseThrow(() -> new IllegalStateException("authority '" + rules.authority()
                        + "' has no visit frequency for " + plan.getVisitKind()));
        return due(frequency.nextDue(plan.getStartDate(), lastVisit, plan.getFirstReviewOn(), calendar),
                frequency.id(), from);
    }

    /**
     * The rule set's longest interval now for the plan, to hold a manager's setting against: a frequency the law or
     * a seed sets is a maximum, and a child's own may be shorter, never longer.
     */
    public Optional<VisitFrequency> ruleFrequency(VisitPlan plan) {
        return rules.findVisitFrequency(plan.getFrequencyRule());
    }

    /** The day in England at {@code instant}: working days and due dates are English dates. */
    public LocalDate today(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, config.zone());
    }

    private Due due(LocalDate date, String rule, LocalDate from) {
        return new Due(date, rule, Math.max(1, calendar.workingDaysBetween(from, date)));
    }
}
