package io.casework.backbone.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code casework.rate-limit.*}: how many API calls one person may make in each window, on one replica. A person
 * working through screens makes a few calls a second at most; a script copying records out makes hundreds. The
 * default lets a busy screen through and slows a script to the point where the access logs can show it.
 */
@ConfigMapping(prefix = "casework.rate-limit")
public interface RateLimitConfig {

    /** Whether calls are limited at all: off only for a benchmark that measures the services themselves. */
    @WithDefault("true")
    boolean enabled();

    /** Calls one caller may make per window. */
    @WithDefault("300")
    int requests();

    /** The window: fixed, starting at whole multiples of it since the epoch. */
    @WithDefault("PT10S")
    Duration window();
}
