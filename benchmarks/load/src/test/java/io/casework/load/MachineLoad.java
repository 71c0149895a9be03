package io.casework.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * How busy this machine's cores are, from {@code /proc/stat}: the services, their database, broker and Keycloak, and
 * the load generator share two cores, so a figure means little without it. Also used to wait, before the clock
 * starts, until the consumers have worked off the events of the set-up (or of someone else's run).
 */
final class MachineLoad {

    private static final Path STAT = Path.of("/proc/stat");

    private final long busy;
    private final long total;

    private MachineLoad(long busy, long total) {
        this.busy = busy;
        this.total = total;
    }

    /** Now, or nothing to compare with where there is no {@code /proc/stat}. */
    static MachineLoad now() {
        if (!Files.isReadable(STAT)) {
            return new MachineLoad(0, 0);
        }
        try {
            // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks; idle and iowait are not busy
            long[] ticks = Arrays.stream(Files.readAllLines(STAT).get(0).trim().split("\\s+")).skip(1)
                    .mapToLong(Long::parseLong).limit(8).toArray();
            long total = Arrays.stream(ticks).sum();
            return new MachineLoad(total - ticks[3] - ticks[4], total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of the cores busy since {@code before}, 0 to 1. */
    double busySince(MachineLoad before) {
        return (double) (busy - before.busy) / Math.max(1, total - before.total);
    }

    /**
     * Waits until the machine has been less than {@code share} busy for a whole {@code window}, for at most
     * {@code most}, and says what it found.
     */
    static void awaitQuiet(double share, Duration window, Duration most) {
        long started = System.nanoTime();
        MachineLoad before = now();
        double last = 1;
        while (System.nanoTime() - started < most.toNanos()) {
            Caseloads.pause(window);
            MachineLoad after = now();
            last = after.busySince(before);
            if (last < share) {
                System.out.printf("machine quiet (%.0f%% busy) after %d s%n", 100 * last,
                        Duration.ofNanos(System.nanoTime() - started).toSeconds());
                return;
            }
            before = after;
        }
        System.out.printf("machine still %.0f%% busy after %d s: starting anyway%n", 100 * last, most.toSeconds());
    }
}
