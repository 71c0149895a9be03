package io.casework.deadlines.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code casework.deadlines.breach-scan.*}: how the scan for breached deadlines runs. How often is read by the
 * scheduler from {@code casework.deadlines.breach-scan.every} (env {@code CASEWORK_BREACH_SCAN_EVERY}, default one
 * minute; {@code off} in the test profile, where tests run the scan themselves).
 */
@ConfigMapping(prefix = "casework.deadlines.breach-scan")
public interface BreachScanConfig {

    /** How often the scan runs, a Quarkus scheduler interval such as {@code 60s}, or {@code off}. */
    String every();

    /**
     * How many deadlines one transaction marks, escalates or recounts at most: a morning after a long weekend may
     * find thousands past due, and no transaction should hold thousands of rows' locks at once.
     */
    @WithDefault("500")
    int batch();
}
