package io.casework.backbone.logging;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedLogTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimitedLog log = new RateLimitedLog(Logger.getLogger(RateLimitedLogTest.class),
            Duration.ofMinutes(1), nanos::get);

    @Test
    @DisplayName("The first occurrence is logged, then at most one line a minute per key")
    void oncePerInterval() {
        assertThat(log.warnf("orders", "failing %d", 1)).isTrue();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(log.warnf("orders", "failing %d", 2)).isFalse();
        assertThat(log.warnf("visits", "failing %d", 1)).as("another key").isTrue();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(log.warnf("orders", "failing %d", 3)).isTrue();
    }

    @Test
    @DisplayName("Once the condition is over, its next occurrence is logged at once")
    void resetLogsTheNextAtOnce() {
        assertThat(log.warnf("relay", "failing")).isTrue();
        assertThat(log.warnf("relay", "still failing")).isFalse();
        log.reset("relay");
        assertThat(log.warnf("relay", "failing again")).isTrue();
    }
}
