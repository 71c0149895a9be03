package io.casework.system;

import io.casework.testing.KeycloakTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long a practice manager waits to be told of a note that needs their oversight (issue 17), with notes submitted
 * at a steady rate: from the moment a statutory visit note's submission is due to be sent to case-notes-service until
 * the APPROVAL_REQUESTED event about it arrives on the manager's live inbox stream ({@code streamInbox} of
 * approvals-service), which the manager holds open throughout. The journey in between: case-notes-service's outbox,
 * Kafka, approvals-service routing the note and recording the request and notification, its outbox, Kafka again,
 * and the stream waking to read the notification. Submissions are sent at a fixed rate whatever the answers
 * ({@link FixedRateSubmits}); the first {@code warm-up} seconds of them are not counted. The drafts are written
 * before the clock starts ({@link OversightDrafts}). A benchmark, not a test: it prints numbers and asserts nothing.
 *
 * <p>Usage: {@code NotificationDelayBenchmark [per second] [warm-up seconds] [seconds] [team]} (default 50, 10, 60,
 * north): the team's demo worker ({@code <team>.sw1}) submits, its practice manager ({@code <team>.pm}) is told. On the
 * running suite with case-notes-service's per-person rate limit lifted (300 calls in 10 s would refuse most of the
 * worker's submissions), as {@code scripts/bench-approvals.sh} does.
 */
public final class NotificationDelayBenchmark {

    /** How long a submitted note's notification may take before it counts as never received. */
    private static final Duration NEVER = Duration.ofSeconds(30);
    private static final int WINDOW_SECONDS = 10;
    /** The machine's busy share below which the suite counts as idle before the clock starts (the JVMs' idle work). */
    static final double QUIET = 0.15;

    private NotificationDelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perSecond = ManyNotes.arg(args, 0, 50);
        int warmUp = ManyNotes.arg(args, 1, 10);
        int seconds = ManyNotes.arg(args, 2, 60);
        String team = args.length > 3 ? args[3] : "north";
        String worker = team + ".sw1";
        String manager = team + ".pm";

        List<String> drafts = OversightDrafts.write(worker, perSecond * (warmUp + seconds));
        // Tokens taken now, good for the whole run: a sign-in while submitting would be timed as the suite's delay.
        KeycloakTokens.renew(worker);
        KeycloakTokens.renew(manager);
        CpuUse.awaitQuiet(QUIET, Duration.ofSeconds(5), Duration.ofMinutes(10));
        try (LiveInbox inbox = LiveInbox.open(manager); EffectArrivals effects = EffectArrivals.open()) {
            System.out.printf("submitting %d notes as %s, %d a second (the first %d s warm-up); %s's inbox open%n",
                    drafts.size(), worker, perSecond, warmUp, manager);
            CpuUse before = CpuUse.now();
            List<FixedRateSubmits.Submit> submits = FixedRateSubmits.submit(drafts, worker, perSecond);
            List<String> accepted = submits.stream().filter(FixedRateSubmits.Submit::accepted)
                    .map(FixedRateSubmits.Submit::noteId).toList();
            boolean all = inbox.awaitAll(accepted, NEVER);
            effects.awaitAll(accepted, NEVER);
            System.out.println("CPU " + CpuUse.now().since(before));
            List<FixedRateSubmits.Submit> measured = submits.subList(perSecond * warmUp, submits.size());
            report(measured, inbox, perSecond, all);
            reportEffects(measured, effects, perSecond);
        }
        EventLatencyBenchmark.printLagMetrics();
    }

    /**
     * From each measured submission to its effects in visits-service and deadlines-service, as their topics tell: the
     * visit completed, the child's next visit planned, the note's oversight deadline opened. A submission's due time
     * is on the JVM's monotonic clock, an event's time on the wall clock: the two are related once, here.
     */
    private static void reportEffects(List<FixedRateSubmits.Submit> measured, EffectArrivals effects, int perSecond) {
        long wallMinusMonotonic = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        BenchResults.Part part = new BenchResults.Part("propagation", "Propagation at a fixed rate of " + perSecond
                + " notes a second", 30);
        record Effect(String id, String label, java.util.function.Function<String, Long> at) {
        }
        for (Effect effect : List.of(
                new Effect("visit-completed", "submitted note to its visit completed (visits-service)",
                        effects::visitCompletedAt),
                new Effect("next-visit", "submitted note to the child's next visit planned (visits-service)",
                        effects::nextVisitPlannedAt),
                new Effect("oversight-deadline", "submitted note to its oversight deadline opened (deadlines-service)",
                        effects::oversightOpenedAt))) {
            List<Long> delays = new ArrayList<>();
            int missing = 0;
            for (FixedRateSubmits.Submit submit : measured) {
                if (!submit.accepted()) {
                    continue;
                }
                Long at = effect.at().apply(submit.noteId());
                if (at == null) {
                    missing++;
                } else {
                    delays.add(at - (submit.due() + wallMinusMonotonic));
                }
            }
            System.out.printf("| %s | %d | %d not seen | %s |%n", effect.label(), delays.size(), missing,
                    Percentiles.tail(delays));
            BenchResults.latencies(part, effect.id(), effect.label(), delays, missing,
                    BenchResults.Target.atMost("p99", 250, "p99 under 250 ms"));
        }
    }

    private static void report(List<FixedRateSubmits.Submit> measured, LiveInbox inbox, int perSecond,
                               boolean allArrived) {
        List<Long> delays = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        int refused = 0;
        int neverTold = 0;
        long start = measured.get(0).due();
        List<List<Long>> windows = new ArrayList<>();
        for (FixedRateSubmits.Submit submit : measured) {
            if (!submit.accepted()) {
                refused++;
                continue;
            }
            answers.add(submit.took());
            Long arrived = inbox.arrivalOf(submit.noteId());
            if (arrived == null) {
                neverTold++;
                continue;
            }
            delays.add(arrived - submit.due());
            int window = (int) ((submit.due() - start) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS));
            while (windows.size() <= window) {
                windows.add(new ArrayList<>());
            }
            windows.get(window).add(arrived - submit.due());
        }
        for (int w = 0; w < windows.size(); w++) {
            System.out.printf("  seconds %3d-%3d: %4d told, %s%n", w * WINDOW_SECONDS, (w + 1) * WINDOW_SECONDS,
                    windows.get(w).size(), Percentiles.tail(windows.get(w)));
        }
        System.out.printf("%n| %d notes a second, %d submitted | count | errors | latency |%n", perSecond,
                measured.size());
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf("| submit to the manager's live notification | %d | %d refused, %d not told %d s after the last |"
                + " %s |%n", delays.size(), refused, neverTold, NEVER.toSeconds(), Percentiles.tail(delays));
        System.out.printf("| submit answered (submitCaseNote) | %d | %d | %s |%n", answers.size(), refused,
                Percentiles.tail(answers));
        BenchResults.Part part = new BenchResults.Part("propagation", "Propagation at a fixed rate of " + perSecond
                + " notes a second", 30);
        BenchResults.latencies(part, "notification", "submitted note to the manager's live notification", delays,
                refused + neverTold, BenchResults.Target.atMost("p99", 250, "p99 under 250 ms"));
        BenchResults.latencies(part, "submit", "submitCaseNote answered", answers, refused, null);
        if (!allArrived) {
            System.out.println("some notifications had not arrived " + NEVER.toSeconds() + " s after the last answer");
        }
    }
}
