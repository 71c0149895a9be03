package io.casework.backbone.ratelimit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CallWindowsTest {

    private static final Instant WINDOW_START = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    @DisplayName("a caller gets the limit's calls in a window, the next is refused, and the next window starts afresh")
    void limitPerWindow() {
        CallWindows windows = new CallWindows(3, Duration.ofSeconds(10));
        Instant now = WINDOW_START.plusSeconds(2);
        assertThat(windows.call("north.sw1", now)).isEqualTo(new CallWindows.Verdict(true, 3, 2, 8));
        windows.call("north.sw1", now);
        assertThat(windows.call("north.sw1", now).remaining()).isZero();
        CallWindows.Verdict refused = windows.call("north.sw1", now.plusMillis(7500));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).as("rounded up to a whole second").isEqualTo(1);

        assertThat(windows.call("north.sw2", now).allowed()).as("another caller counts alone").isTrue();
        assertThat(windows.call("north.sw1", WINDOW_START.plusSeconds(10)))
                .isEqualTo(new CallWindows.Verdict(true, 3, 2, 10));
    }

    @Test
    @DisplayName("callers whose window has passed are forgotten, so memory follows the callers of the moment")
    void oldWindowsAreForgotten() {
        CallWindows windows = new CallWindows(1, Duration.ofSeconds(10));
        windows.call("north.sw1", WINDOW_START);
        windows.forgetBefore(WINDOW_START.plusSeconds(30));
        assertThat(windows.call("north.sw1", WINDOW_START).allowed()).as("counted from nothing again").isTrue();
    }
}
