package io.casework.system;

import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How long one page of a child's notes takes when the child has many (issue 10: 16,000 notes, a page of 50). Writes
 * the notes through the API like any worker would, then times the first page repeatedly and a walk through every
 * page by its cursor, and prints percentiles. A benchmark, not a test: it asserts nothing.
 *
 * <p>Usage: {@code NotesPageBenchmark [notes] [page size] [samples]} (default 16000, 50, 1000). Run it through
 * {@code scripts/bench-notes-page.sh}, which lifts the rate limit for the writing.
 */
public final class NotesPageBenchmark {

    private static final String WORKER = "north.sw1";

    private NotesPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 16_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        LocalDate today = LocalDate.now();
        String child = Suite.CASE_NOTES.as(WORKER).body(Map.of("givenName", "Many", "familyName", "Notes",
                        "dateOfBirth", today.minusYears(17).toString(), "planType", "CLA",
                        "planStartDate", today.minusYears(10).toString()))
                .post("/children").then().statusCode(201).extract().path("id");

        Instant writing = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> written = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            LocalDate eventDate = today.minusDays(i % 6000);
            int n = i;
            Map<String, Object> note = Map.of("noteType", "CASE_NOTE", "eventDate", eventDate.toString(),
                    "eventTime", "00:00", "title", "Note " + n,
                    "narrative", "Phoned the school about attendance; spoke with the head of year.");
            written.add(writers.submit(() -> Suite.CASE_NOTES.as(WORKER).body(note)
                    .post("/children/" + child + "/case-notes").then().statusCode(201)));
        }
        for (Future<?> future : written) {
            future.get();
        }
        writers.shutdown();
        System.out.printf("%d notes written in %d s%n", notes, Duration.between(writing, Instant.now()).toSeconds());

        String path = "/children/" + child + "/case-notes";
        for (int i = 0; i < 100; i++) {
            Suite.CASE_NOTES.as(WORKER).queryParam("limit", pageSize).get(path).then().statusCode(200);
        }
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            Suite.CASE_NOTES.as(WORKER).queryParam("limit", pageSize).get(path).then().statusCode(200);
            first.add(System.nanoTime() - start);
        }
        List<Long> walk = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = Suite.CASE_NOTES.as(WORKER).queryParam("limit", pageSize);
            if (after != null) {
                request.queryParam("after", after);
            }
            long start = System.nanoTime();
            Response page = request.get(path);
            walk.add(System.nanoTime() - start);
            after = page.then().statusCode(200).extract().path("next");
            pages++;
        } while (after != null);
        System.out.printf("first page of %d, %d times: %s%n", pageSize, samples, percentiles(first));
        System.out.printf("every page by its cursor, %d pages: %s%n", pages, percentiles(walk));
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.90),
                at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
