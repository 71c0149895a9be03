package io.casework.system;

import io.restassured.path.json.JsonPath;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long one page of a child's notes takes when the child has many (issue 10: 16,000 notes, a page of 50). Writes
 * the notes through the API like any worker would, then times the first page repeatedly and a walk through every
 * page by its cursor, and prints percentiles. A benchmark, not a test: it asserts nothing.
 *
 * <p>Usage: {@code NotesPageBenchmark [notes] [page size] [samples]} (default 16000, 50, 1000). Run it through
 * {@code scripts/bench-notes.sh}, which lifts the rate limit for the writing.
 */
public final class NotesPageBenchmark {

    private static final int WARM_UP_READS = 5_000;

    private NotesPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = ManyNotes.arg(args, 0, 16_000);
        int pageSize = ManyNotes.arg(args, 1, 50);
        int samples = ManyNotes.arg(args, 2, 1_000);
        LocalDate today = LocalDate.now();
        String child = ManyNotes.child();
        ManyNotes.write(child, notes, i -> Map.of("noteType", "CASE_NOTE",
                "eventDate", today.minusDays(1 + i % 6000).toString(), "eventTime", "09:15", "title", "Note " + i,
                "narrative", "Phoned the school about attendance; spoke with the head of year."), i -> false);

        String path = Suite.CASE_NOTES.url() + "/children/" + child + "/case-notes?limit=" + pageSize;
        // Warmed up as a worker's day would: the read path is compiled by the JIT over the first few thousand
        // requests on two cores, and timing it cold would measure the compiler.
        for (int i = 0; i < WARM_UP_READS; i++) {
            read(path);
        }
        List<Long> first = ManyNotes.timed(path, ManyNotes.JSON, samples);
        List<Long> walk = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String page = after == null ? path : path + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            String answer = read(page);
            walk.add(System.nanoTime() - start);
            after = JsonPath.from(answer).getString("next");
            pages++;
        } while (after != null);
        System.out.printf("first page of %d, %d times: %s%n", pageSize, samples, Percentiles.of(first));
        System.out.printf("every page by its cursor, %d pages: %s%n", pages, Percentiles.of(walk));
        BenchResults.Part part = new BenchResults.Part("notes-reads", "Reads of a child with " + notes + " notes", 50);
        BenchResults.latencies(part, "first-page", "first page of " + pageSize + " notes", first, 0,
                BenchResults.Target.atMost("p99", 20, "p99 under 20 ms"));
        BenchResults.latencies(part, "every-page", "every page by its cursor (" + pages + ")", walk, 0,
                BenchResults.Target.atMost("p99", 20, "p99 under 20 ms"));
    }

    private static String read(String uri) throws Exception {
        return new String(ManyNotes.read(uri, ManyNotes.JSON), StandardCharsets.UTF_8);
    }
}
