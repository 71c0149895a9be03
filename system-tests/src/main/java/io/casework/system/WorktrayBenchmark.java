package io.casework.system;

import io.restassured.path.json.JsonPath;

import java.util.List;

import static io.casework.system.TimedReads.read;
import static io.casework.system.TimedReads.timed;

/**
 * How long a worktray takes over a million open deadlines (issue 15): a worker's own, a team manager's team and a
 * head of service's service area, each a first page timed many times, a walk through pages by their cursor, and the
 * counts. The deadlines are seeded straight into deadlines-service's database by {@code scripts/bench-deadlines.sh},
 * which runs this class and removes what it seeded afterwards. A benchmark, not a test: it prints numbers and asserts
 * nothing.
 *
 * <p>Usage: {@code WorktrayBenchmark [samples] [page size] [pages walked] [warm-up reads]} (default 1000, 50, 200,
 * 2000). Each page lists children, so each read is also an access logged for every child shown (002 s.5), as in
 * production: that is part of what is timed.
 */
public final class WorktrayBenchmark {

    /** Who reads which worktray: demo users, whose posts the organisation model and the realm both hold. */
    private record View(String name, String user, String path) {
    }

    private static final List<View> VIEWS = List.of(
            new View("a worker's own worktray (north.sw1)", "north.sw1", "/worktray"),
            new View("a team manager's team worktray (north.tm, team north)", "north.tm", "/teams/north/worktray"),
            new View("a head of service's area worktray (head.of.service, service-area-1)", "head.of.service",
                    "/service-areas/service-area-1/worktray"));

    private WorktrayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = ManyNotes.arg(args, 0, 1_000);
        int pageSize = ManyNotes.arg(args, 1, 50);
        int walk = ManyNotes.arg(args, 2, 200);
        int warmUp = ManyNotes.arg(args, 3, 2_000);
        String base = Suite.DEADLINES.url();

        // Warmed up as a working day would: timing the first reads on two cores would measure the JIT compiler.
        for (int i = 0; i < warmUp; i++) {
            View view = VIEWS.get(i % VIEWS.size());
            read(view.user(), base + view.path() + "?limit=" + pageSize);
        }
        BenchResults.Part part = new BenchResults.Part("worktrays", "Worktrays over a million open deadlines", 40);
        for (View view : VIEWS) {
            String first = base + view.path() + "?limit=" + pageSize;
            System.out.printf("== %s%n", view.name());
            List<Long> firstPages = timed(view.user(), first, samples);
            System.out.printf("first page of %d, %d times: %s%n", pageSize, samples, Percentiles.withP95(firstPages));
            BenchResults.latencies(part, view.user(), view.name() + ", first page of " + pageSize, firstPages, 0,
                    BenchResults.Target.atMost("p99", 20, "p99 under 20 ms"));
            System.out.printf("first page of %d due=OVERDUE, %d times: %s%n", pageSize, samples,
                    Percentiles.withP95(timed(view.user(), first + "&due=OVERDUE", samples)));
            System.out.printf("first page of %d due=SOON, %d times: %s%n", pageSize, samples,
                    Percentiles.withP95(timed(view.user(), first + "&due=SOON", samples)));
            System.out.printf("first page of %d ruleId=cf-priority-supervisor-alert, %d times: %s%n", pageSize,
                    samples, Percentiles.withP95(timed(view.user(), first + "&ruleId=cf-priority-supervisor-alert",
                            samples)));
            TimedReads.Walk walked = TimedReads.walk(view.user(), first, walk);
            System.out.printf("%d pages by their cursor (%d items shown): %s%n", walked.times().size(),
                    walked.items(), Percentiles.withP95(walked.times()));
            int countSamples = Math.max(1, samples / 10);
            System.out.printf("counts, %d times: %s%n", countSamples,
                    Percentiles.withP95(timed(view.user(), base + view.path() + "/counts", countSamples)));
            System.out.printf("counts: %s%n", JsonPath.from(read(view.user(), base + view.path() + "/counts"))
                    .getMap("total"));
        }
    }
}
