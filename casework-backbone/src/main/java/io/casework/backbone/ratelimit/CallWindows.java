package io.casework.backbone.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window counts of calls per caller: plain Java, so that tests can drive it with their own clock. A fixed
 * window, not a token bucket, because it is what the RateLimit headers describe exactly: so many calls left until
 * this moment. Only the current window of each caller is kept, so memory follows the number of callers.
 */
public final class CallWindows {

    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public CallWindows(int limit, Duration window) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** Counts one call by the caller at {@code now}, and says whether it is within the limit and what is left. */
    public Verdict call(String caller, Instant now) {
        long index = now.toEpochMilli() / windowMillis;
        Window window = windows.compute(caller, (key, current) ->
                current == null || current.index != index ? new Window(index) : current);
        int made = window.calls.incrementAndGet();
        long resetMillis = (index + 1) * windowMillis - now.toEpochMilli();
        long resetSeconds = Math.max(1, (resetMillis + 999) / 1000);
        return new Verdict(made <= limit, limit, Math.max(0, limit - made), resetSeconds);
    }

    /** Forgets callers whose window has passed. */
    public void forgetBefore(Instant now) {
        long index = now.toEpochMilli() / windowMillis;
        windows.values().removeIf(window -> window.index < index);
    }

    /**
     * @param allowed      whether this call is within the limit
     * @param limit        calls allowed per window
     * @param remaining    calls left in this window after this one
     * @param resetSeconds whole seconds until the window ends, at least 1
     */
    public record Verdict(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private static final class Window {
        final long index;
        final AtomicInteger calls = new AtomicInteger();

        Window(long index) {
            this.index = index;
        }
    }
}
