package io.casework.backbone.logging;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Logs a condition that repeats (a consumer retrying an event, the relay retrying a batch, requests refused while
 * the database is away) at most once per interval for each key. The first occurrence is logged at once; while it
 * lasts, one line per interval says it still does, instead of one line per attempt burying everything else.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    public RateLimitedLog(Logger log, Duration interval) {
        this(log, interval, System::nanoTime);
    }

    RateLimitedLog(Logger log, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Logs at WARN unless a line for this key was logged less than one interval ago; returns whether it logged. */
    public boolean warnf(String key, String format, Object... params) {
        if (!due(key)) {
            return false;
        }
        log.warnf(format, params);
        return true;
    }

    /** The condition is over: the next occurrence under this key is logged at once. */
    public void reset(String key) {
        lastLogged.remove(key);
    }

    private boolean due(String key) {
        long now = nanoTime.getAsLong();
        boolean[] due = {false};
        lastLogged.compute(key, (k, last) -> {
            if (last == null || now - last >= intervalNanos) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }
}
