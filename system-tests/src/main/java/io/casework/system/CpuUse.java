package io.casework.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where a stretch of a benchmark spent the machine's CPU: each service's own CPU time (its Prometheus
 * {@code process_cpu_time_ns_total}) and how busy the whole machine was ({@code /proc/stat}), so that what the suite
 * did beside the services (PostgreSQL, Kafka, Keycloak, the benchmark itself) shows as the difference.
 */
final class CpuUse {

    private static final String SERVICE_CPU = "process_cpu_time_ns_total";

    private final Map<Suite, Double> services = new EnumMap<>(Suite.class);
    private final long busy;
    private final long total;
    private final long at = System.nanoTime();

    private CpuUse() throws IOException {
        for (Suite service : Suite.values()) {
            services.put(service, service.metric(SERVICE_CPU));
        }
        // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks; idle and iowait are not busy.
        long[] ticks = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                .skip(1).mapToLong(Long::parseLong).toArray();
        total = Arrays.stream(ticks).limit(8).sum();
        busy = total - ticks[3] - ticks[4];
    }

    static CpuUse now() throws IOException {
        return new CpuUse();
    }

    /**
     * Waits until the machine has been less than {@code share} busy for a whole {@code window}, or {@code most} has
     * passed: until the consumers have worked off what came before (another run's events left on the shared topics,
     * the drafts' own events), so that a timed part measures itself and not a backlog. Says how long it waited.
     */
    static void awaitQuiet(double share, Duration window, Duration most) throws IOException, InterruptedException {
        long started = System.nanoTime();
        CpuUse before = now();
        while (System.nanoTime() - started < most.toNanos()) {
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            CpuUse after = now();
            if (after.busySince(before) < share) {
                System.out.printf("quiet after %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                return;
            }
            before = after;
        }
        System.out.printf("still busy after %d s: timing anyway%n", most.toSeconds());
    }

    private double busySince(CpuUse before) {
        return (double) (busy - before.busy) / Math.max(1, total - before.total);
    }

    /** What was spent since {@code before}: the machine's busy share and each service's CPU seconds. */
    String since(CpuUse before) {
        double seconds = (at - before.at) / 1e9;
        String perService = services.entrySet().stream()
                .map(e -> String.format("%s %.1f s", e.getKey().name().toLowerCase().replace('_', '-'),
                        (e.getValue() - before.services.get(e.getKey())) / 1e9))
                .collect(Collectors.joining(", "));
        return String.format("over %.0f s: machine %.0f%% busy (%d cores); CPU of the services: %s", seconds,
                100.0 * busySince(before),
                Runtime.getRuntime().availableProcessors(), perService);
    }
}
