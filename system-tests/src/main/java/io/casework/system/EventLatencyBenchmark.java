package io.casework.system;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures how long events take from a commit in one service to their effect in another, on the running suite.
 * Registers children and submits a statutory visit for each, waits until visits-service has every one, then prints
 * the services' own latency metrics (Prometheus quantiles over the run): the outbox relay's commit-to-acknowledgement
 * lag, and each consumer's state-change-to-effect delay per event type. A benchmark, not a test: it asserts nothing.
 *
 * <p>Usage: {@code EventLatencyBenchmark [children]} (default 50).
 */
public final class EventLatencyBenchmark {

    private EventLatencyBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Instant start = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String childId = Suite.CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Bench", "familyName", UniqueNames.next(),
                    "dateOfBirth", "2015-01-01", "planType", "CP", "planStartDate", LocalDate.now().toString()))
                    .post("/children").then().statusCode(201).extract().path("id");
            String noteId = Suite.CASE_NOTES.as("north.sw1").body(Map.of("noteType", "STATUTORY_VISIT",
                    "eventDate", LocalDate.now().toString(), "eventTime", "00:00", "title", "Visit",
                    "narrative", "Benchmark visit", "visit", Map.of("statutoryVisit", "CP", "venue", "Home",
                            "purpose", "Statutory visit", "childSeen", true, "seenAlone", true, "bedroomSeen", true)))
                    .post("/children/" + childId + "/case-notes")
                    .then().statusCode(201).extract().path("id");
            Suite.CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200);
            ids.add(childId);
        }
        Duration writing = Duration.between(start, Instant.now());
        for (String id : ids) {
            while (Suite.VISITS.as("north.sw1").get("/children/" + id + "/visits").statusCode() != 200) {
                Thread.sleep(50);
            }
        }
        System.out.printf("%d children registered and visits submitted in %d ms (%.1f requests/s)%n", children,
                writing.toMillis(), 3.0 * children / Math.max(1, writing.toMillis()) * 1000);
        printLagMetrics();
    }

    /**
     * The outbox relay's commit-to-acknowledgement lag and each consumer's delay per event type, as each service's
     * Prometheus quantiles since it started: where an event's journey between services spends its time.
     */
    static void printLagMetrics() {
        System.out.println("Latency metrics since each service started (seconds):");
        for (Suite service : Suite.values()) {
            String metrics = RestAssured.get(service.management() + "/q/metrics").asString();
            metrics.lines()
                    .filter(l -> l.startsWith("casework_outbox_publish_lag_seconds")
                            || l.startsWith("casework_events_delivery_lag_seconds"))
                    .filter(l -> l.contains("quantile") || l.contains("_max") || l.contains("_count"))
                    .forEach(l -> System.out.println("  " + service.name().toLowerCase() + " " + l));
        }
    }
}
