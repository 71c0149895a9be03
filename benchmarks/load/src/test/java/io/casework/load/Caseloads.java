package io.casework.load;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Children registered through the API for a run, on the caseloads of the demo social workers of three teams. Several
 * workers rather than one because each person may make 300 calls in 10 s of each service: spread over four, a run
 * keeps well under that at the rates of interest without the limit being lifted. New children each run, so that one
 * run's writes never lengthen the records another run writes on.
 */
final class Caseloads {

    /** The demo realm's social workers, of the north, south and east teams. */
    static final List<String> SOCIAL_WORKERS = List.of("north.sw1", "north.sw2", "south.sw1", "east.sw1");

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Set-up requests in flight at once: enough to finish quickly, few enough to leave the machine to the suite. */
    static final int SET_UP_THREADS = 6;
    private static final Random RANDOM = new SecureRandom();

    private Caseloads() {
    }

    /** {@code perWorker} children of each social worker on the given plan, opened two months ago. */
    static List<Child> register(SetUpClient client, String planType, int perWorker) {
        List<String> owners = new ArrayList<>();
        for (int n = 0; n < perWorker; n++) {
            owners.addAll(SOCIAL_WORKERS);
        }
        return inParallel(owners, worker -> new Child(registerOne(client, worker, planType), worker));
    }

    /**
     * Waits until visits-service has heard of every child, which it does from case-notes-service's registration
     * event a moment after the registration is answered: until then its writes on the child answer 404.
     */
    static void awaitKnownToVisits(SetUpClient client, List<Child> children) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        for (Child child : children) {
            while (client.status(Service.VISITS, child.worker(), "/children/" + child.id() + "/visit-plan") != 200) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("visits-service has not heard of child " + child.id());
                }
                pause(Duration.ofMillis(200));
            }
        }
    }

    /** Runs {@code task} on each item with the set-up's few threads, and returns the results in the items' order. */
    static <T, R> List<R> inParallel(List<T> items, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(SET_UP_THREADS);
        try {
            List<Future<R>> running = items.stream().map(item -> pool.submit(() -> task.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("set-up failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    static LocalDate today() {
        return LocalDate.now(ENGLAND);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String registerOne(SetUpClient client, String worker, String planType) {
        LocalDate today = today();
        // Ten random letters and a birthday anywhere in eight years: the duplicate check (one record per child)
        // matches similar names and the same date of birth, and must find nothing among earlier runs' children.
        Map<String, Object> child = Map.of("givenName", randomName(), "familyName", "Load",
                "dateOfBirth", today.minusYears(4).minusDays(RANDOM.nextInt(3_000)).toString(),
                "planType", planType, "planStartDate", today.minusMonths(2).toString());
        // Just after the suite starts, the organisation model is still reaching case-notes-service and the worker's
        // registration is refused until their post has arrived.
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return client.post(Service.CASE_NOTES, worker, "/children", child, 201).path("id").asText();
            } catch (SetUpClient.Refused refused) {
                if (refused.status() != 403 || Instant.now().isAfter(until)) {
                    throw refused;
                }
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private static String randomName() {
        StringBuilder name = new StringBuilder().append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 1; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
