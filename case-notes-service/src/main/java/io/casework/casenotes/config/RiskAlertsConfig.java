package io.casework.casenotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The check that announces risk alerts whose review is overdue (001 "Risk Alerts"). */
@ConfigMapping(prefix = "casework.risk-alerts")
public interface RiskAlertsConfig {

    /**
     * When active alerts are checked for an overdue review (a Quartz-style cron expression), or {@code off}. Hourly
     * by default: a breach is announced within the hour after the due day ends.
     */
    @WithDefault("0 5 * * * ?")
    String overdueCheckCron();

    /** How many overdue alerts one transaction announces; the check goes on until none is left. */
    @WithDefault("200")
    int overdueBatch();
}
