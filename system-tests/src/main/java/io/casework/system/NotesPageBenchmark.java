package io.casework.system;

import io.casework.testing.KeycloakTokens;
import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code scripts/bench-notes.sh}, which lifts the rate limit for the writing.
 */
public final class NotesPageBenchmark {

    private static final String WORKER = "north.sw1";
    private static final int WARM_UP_READS = 5_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private NotesPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 16_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        LocalDate today = LocalDate.now();
        String child = Suite.CASE_NOTES.as(WORKER).body(Map.of("givenName", "Many", "familyName", UniqueNames.next(),
                        "dateOfBirth", today.minusYears(17).toString(), "planType", "CLA",
                        "planStartDate", today.minusYears(10).toString()))
                .post("/children").then().statusCode(201).extract().path("id");

        Instant writing = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> written = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            LocalDate eventDate = today.minusDays(1 + i % 6000);
            int n = i;
            Map<String, Object> note = Map.of("noteType", "CASE_NOTE", "eventDate", eventDate.toString(),
                    "eventTime", "09:15", "title", "Note " + n,
                    "narrative", "Phoned the school about attendance; spoke with the head of year.");
            written.add(writers.submit(() -> Suite.CASE_NOTES.as(WORKER).body(note)
                    .post("/children/" + child + "/case-notes").then().statusCode(201)));
        }
        for (Future<?> future : written) {
            future.get();
        }
        writers.shutdown();
        System.out.printf("%d notes written in %d s%n", notes, Duration.between(writing, Instant.now()).toSeconds());

        // Timed with a plain HTTP client: the test client's own overhead would otherwise be part of every sample.
        String path = Suite.CASE_NOTES.url() + "/children/" + child + "/case-notes?limit=" + pageSize;
        // Warmed up as a worker's day would: the read path is compiled by the JIT over the first few thousand
        // requests on two cores, and timing it cold would measure the compiler.
        for (int i = 0; i < WARM_UP_READS; i++) {
            read(path);
        }
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            read(path);
            first.add(System.nanoTime() - start);
        }
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
    }

    private static String read(String uri) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", KeycloakTokens.bearer(WORKER)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
