package io.casework.deadlines.service;

import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.contracts.EventType;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertReviewed;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.domain.TrackedRules;
import io.casework.timescales.RuleSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reviews of a child's risk alerts, where the authority's rules set them (001 "Risk Alerts": "reviewed by a Head
 * of Service within six months of being recorded and at least six monthly thereafter", Rochdale's
 * {@code risk-alert-review}): opened when the alert is activated on the head of service's approval, counted from that
 * day; met by each review, and opened again from the review's day when the review continues the alert. An authority
 * whose rules set no review tracks none. The due date is counted here only; case-notes-service learns it from
 * {@code deadline-opened}.
 */
@ApplicationScoped
public class RiskAlertDeadlines {

    private static final String RISK_ALERT_EVENTS = "casework.case-notes.risk-alert-";

    @Inject
    RuleSet rules;

    @Inject
    RuleTracker tracker;

    @Inject
    TimescalesConfig config;

    private TrackedRules tracked;

    @PostConstruct
    void trackRiskAlertRules() {
        tracked = TrackedRules.of(rules, rule -> rule.tracking().orElseThrow().opensOn().stream()
                .allMatch(event -> event.eventType().startsWith(RISK_ALERT_EVENTS)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void activated(RiskAlertActivated alert) {
        LocalDate day = day(alert.approvedAt());
        tracker.apply(tracked, DeadlineKind.RISK_ALERT_REVIEW, new RuleTracker.Happened(
                EventType.RISK_ALERT_ACTIVATED, alert, alert.childId(), alert.riskAlertId().toString(), alert.team(),
                day, day, alert.approvedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(RiskAlertReviewed review) {
        LocalDate day = day(review.reviewedAt());
        tracker.apply(tracked, DeadlineKind.RISK_ALERT_REVIEW, new RuleTracker.Happened(
                EventType.RISK_ALERT_REVIEWED, review, review.childId(), review.riskAlertId().toString(),
                review.team(), day, day, review.reviewedAt()));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }
}
