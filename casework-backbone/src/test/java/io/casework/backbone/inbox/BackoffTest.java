package io.casework.backbone.inbox;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10));

    @Test
    @DisplayName("The pause doubles with each failure, jittered between half and all of it")
    void doublesWithJitter() {
        assertThat(backoff.pause(1, 0.0)).isEqualTo(Duration.ofMillis(50));
        assertThat(backoff.pause(1, 0.999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(backoff.pause(2, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.pause(4, 0.999)).isBetween(Duration.ofMillis(799), Duration.ofMillis(800));
    }

    @Test
    @DisplayName("However long the failure lasts, the pause stays within the cap")
    void capped() {
        assertThat(backoff.pause(8, 0.999)).isBetween(Duration.ofMillis(9_990), Duration.ofSeconds(10));
        assertThat(backoff.pause(100_000, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.pause(Integer.MAX_VALUE, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("A backoff that would spin, or whose cap is below its start, is refused naming the setting")
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(10)))
                .hasMessageContaining("casework.events.retry.initial-backoff");
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(50)))
                .hasMessageContaining("casework.events.retry.max-backoff");
    }
}
