package io.casework.visits.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code casework.visits.*}. How often a child is visited is not configured here: it is the authority's rule set's
 * (casework-timescales' visit frequencies, chosen by {@code casework.timescales.authority}), and a manager's for one
 * child.
 */
@ConfigMapping(prefix = "casework.visits")
public interface VisitsConfig {

    /** The scan for failed access that has lasted long enough for the next step (004 "Failed visits"). */
    FailedAccessScan failedAccessScan();

    /** A visit is "due soon" in a worker's view from this many working days before its due date. */
    @WithDefault("5")
    int dueSoonWorkingDays();

    interface FailedAccessScan {

        /**
         * How often the scan looks for failed access that has reached its next step (a Quarkus duration such as
         * {@code 60s}), or {@code off}.
         */
        @WithDefault("60s")
        String every();
    }
}
