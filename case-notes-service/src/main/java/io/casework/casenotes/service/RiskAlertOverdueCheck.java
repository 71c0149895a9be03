package io.casework.casenotes.service;

import io.casework.casenotes.config.RiskAlertsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * A risk alert's review not done in time is a breach like any other deadline (001 "Risk Alerts": "must be reviewed by
 * a Head of Service within six months of being recorded and at least six monthly thereafter"): this check announces
 * each one, once per alert and due date, on the schedule {@link RiskAlertsConfig#overdueCheckCron} sets. Tests call
 * {@link #run} with the time they need.
 */
@ApplicationScoped
public class RiskAlertOverdueCheck {

    private static final Logger LOG = Logger.getLogger(RiskAlertOverdueCheck.class);

    @Inject
    RiskAlertService alerts;

    @Inject
    RiskAlertsConfig config;

    @Inject
    Clock clock;

    /** Announces every review overdue at {@code now} not announced yet; the number announced. */
    public int run(Instant now) {
        int announced = 0;
        int batch;
        do {
            batch = alerts.announceOverdue(now, config.overdueBatch());
            announced += batch;
        } while (batch == config.overdueBatch());
        if (announced > 0) {
            LOG.infof("Risk alert reviews overdue: %d announced", announced);
        }
        return announced;
    }

    @Scheduled(cron = "${casework.risk-alerts.overdue-check-cron}", identity = "risk-alert-overdue-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(clock.instant());
    }
}
