package io.casework.system;

import io.casework.testing.KeycloakTokens;

import java.net.URI;
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
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A child with many notes, written through the API as workers would, and reads timed with a plain HTTP client (the
 * test client's own overhead would otherwise be part of every sample): what the read benchmarks share.
 */
final class ManyNotes {

    static final String WORKER = "north.sw1";
    static final String JSON = "application/json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ManyNotes() {
    }

    /** The benchmark's {@code index}-th argument as a number, or {@code otherwise} when it was not given. */
    static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    /** A looked-after child of 17, old enough for events of sixteen years. */
    static String child() {
        LocalDate today = LocalDate.now();
        return Suite.CASE_NOTES.as(WORKER).body(Map.of("givenName", "Many", "familyName", UniqueNames.next(),
                        "dateOfBirth", today.minusYears(17).toString(), "planType", "CLA",
                        "planStartDate", today.minusYears(10).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
    }

    /**
     * Writes {@code notes} notes on the child, the i-th as {@code noteFor} says, eight at a time; those whose body
     * {@code finalise} names are made final by their author.
     */
    static void write(String child, int notes, IntFunction<Map<String, Object>> noteFor,
                      IntPredicate finalise) throws Exception {
        Instant writing = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> written = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            int n = i;
            written.add(writers.submit(() -> {
                String id = Suite.CASE_NOTES.as(WORKER).body(noteFor.apply(n))
                        .post("/children/" + child + "/case-notes").then().statusCode(201).extract().path("id");
                if (finalise.test(n)) {
                    Suite.CASE_NOTES.as(WORKER).post("/case-notes/" + id + "/finalise").then().statusCode(200);
                }
            }));
        }
        for (Future<?> future : written) {
            future.get();
        }
        writers.shutdown();
        System.out.printf("%d notes written in %d s%n", notes, Duration.between(writing, Instant.now()).toSeconds());
    }

    /** GETs {@code uri} as the worker, accepting {@code accept}; the body, or a failure when it is not a 200. */
    static byte[] read(String uri, String accept) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", KeycloakTokens.bearer(WORKER)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer.body();
    }

    /** The time of each of {@code samples} reads of {@code uri}, in nanoseconds. */
    static List<Long> timed(String uri, String accept, int samples) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            read(uri, accept);
            times.add(System.nanoTime() - start);
        }
        return times;
    }
}
