package io.casework.system;

import io.restassured.path.json.JsonPath;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.casework.system.TimedReads.read;
import static io.casework.system.TimedReads.timed;

/**
 * How long a manager's inbox takes when 10,000 requests wait for them (issue 17): the first page of
 * {@code getInbox} at its default size (25) and at 50, a page of 50 from the middle of the list (by the cursor of
 * the item half way), a walk through every page by its cursor, and the first page of {@code listNotifications}; each
 * timed {@code samples} times after warm-up reads. The requests and their notifications are seeded straight into
 * approvals-service's database by {@code scripts/bench-approvals.sh}, which runs this class and removes them
 * afterwards. Each page logs an access for every child it names (002 s.5), as in production: that is part of what is
 * timed. A benchmark, not a test: it prints numbers and asserts nothing.
 *
 * <p>Usage: {@code InboxPageBenchmark [samples] [warm-up reads] [manager] [pages walked]} (default 500, 1000,
 * east.pm, 200); on the running suite with approvals-service's per-person rate limit lifted.
 */
public final class InboxPageBenchmark {

    private InboxPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = ManyNotes.arg(args, 0, 500);
        int warmUp = ManyNotes.arg(args, 1, 1_000);
        String manager = args.length > 2 ? args[2] : "east.pm";
        int walk = ManyNotes.arg(args, 3, 200);
        CpuUse.awaitQuiet(NotificationDelayBenchmark.QUIET, Duration.ofSeconds(5), Duration.ofMinutes(10));
        String inbox = Suite.APPROVALS.url() + "/inbox";
        int waiting = JsonPath.from(read(manager, inbox)).getInt("total");
        // The cursor of the item half way, reached as a client would reach it: page after page, 100 at a time.
        String halfWay = TimedReads.walk(manager, inbox + "?limit=100", waiting / 200).next();

        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("getInbox, first page (default size, 25)", inbox);
        reads.put("getInbox, first page of 50", inbox + "?limit=50");
        reads.put("getInbox, a page of 50 half way (item " + (waiting / 2 + 1) + " on)", inbox + "?limit=50&after="
                + URLEncoder.encode(halfWay, StandardCharsets.UTF_8));
        reads.put("listNotifications, first page (default size, 25)", inbox + "/notifications");
        reads.put("listNotifications, first page of 50", inbox + "/notifications?limit=50");

        // Warmed up as a working day would: timing the first reads on two cores would measure the JIT compiler.
        List<String> uris = List.copyOf(reads.values());
        for (int i = 0; i < warmUp; i++) {
            read(manager, uris.get(i % uris.size()));
        }
        System.out.printf("%n| %s's inbox, %d pending | reads | latency |%n| --- | --- | --- |%n", manager, waiting);
        BenchResults.Part part = new BenchResults.Part("inbox", "A manager's inbox of " + waiting + " items", 45);
        int n = 0;
        for (Map.Entry<String, String> timedRead : reads.entrySet()) {
            List<Long> times = timed(manager, timedRead.getValue(), samples);
            System.out.printf("| %s | %d | %s |%n", timedRead.getKey(), samples, Percentiles.withP95(times));
            BenchResults.latencies(part, "read-" + ++n, timedRead.getKey(), times, 0,
                    BenchResults.Target.atMost("p99", 20, "p99 under 20 ms"));
        }
        TimedReads.Walk walked = TimedReads.walk(manager, inbox + "?limit=50", walk);
        System.out.printf("| getInbox, every page of 50 by its cursor (%d items) | %d | %s |%n", walked.items(),
                walked.times().size(), Percentiles.withP95(walked.times()));
    }
}
