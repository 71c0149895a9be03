package io.casework.approvals.service;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How long the mail relay waits before trying a failed mail again (issue 17). */
class MailRetryTest {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MOST = Duration.ofHours(1);

    @Test
    @DisplayName("30 s after the first failure, doubled after each further one, never more than an hour")
    void doubling() {
        assertThat(MailRelay.retryDelay(1, FIRST, MOST)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailRelay.retryDelay(2, FIRST, MOST)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailRelay.retryDelay(4, FIRST, MOST)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailRelay.retryDelay(7, FIRST, MOST)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailRelay.retryDelay(8, FIRST, MOST)).as("64 minutes, capped").isEqualTo(MOST);
        assertThat(MailRelay.retryDelay(10_000, FIRST, MOST)).isEqualTo(MOST);
    }

    @Test
    @DisplayName("no wait configured (the tests'), no wait")
    void none() {
        assertThat(MailRelay.retryDelay(5, Duration.ZERO, MOST)).isZero();
    }
}
