package io.casework.system;

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

/**
 * Statutory visit notes left in draft, ready to be submitted for the practice manager's oversight: children on CP
 * plans registered by the worker, each with a few visit notes written through the API. Made before a benchmark
 * starts its clock, so that only the submission is timed.
 */
final class OversightDrafts {

    /** How many drafts each child gets: a few visits each, as a worker's caseload over some weeks would hold. */
    static final int PER_CHILD = 10;
    private static final int WRITERS = 8;
    private static final Random RANDOM = new Random();

    private OversightDrafts() {
    }

    /**
     * {@code count} drafts by {@code worker}, in the order to submit them: one of each child in turn, so that two
     * submissions in a row are never of the same child.
     */
    static List<String> write(String worker, int count) throws Exception {
        Instant started = Instant.now();
        int children = (count + PER_CHILD - 1) / PER_CHILD;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> perChild = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            int notes = Math.min(PER_CHILD, count - c * PER_CHILD);
            perChild.add(writers.submit(() -> childWithDrafts(worker, notes, today)));
        }
        List<List<String>> drafts = new ArrayList<>();
        try {
            for (Future<List<String>> child : perChild) {
                drafts.add(child.get());
            }
        } finally {
            writers.shutdownNow();
        }
        List<String> inTurn = new ArrayList<>();
        for (int n = 0; n < PER_CHILD; n++) {
            for (List<String> child : drafts) {
                if (n < child.size()) {
                    inTurn.add(child.get(n));
                }
            }
        }
        System.out.printf("%d drafts of %d children written in %d s%n", inTurn.size(), children,
                Duration.between(started, Instant.now()).toSeconds());
        return inTurn;
    }

    private static List<String> childWithDrafts(String worker, int notes, LocalDate today) {
        // Born on different days as well as named apart, so that the duplicate check's fuzzy match has less to find
        // among hundreds of "Oversight" children (one run's writes failed, cause unseen; a 409 likely-duplicate is
        // the suspect).
        LocalDate born = today.minusYears(4).minusDays(RANDOM.nextInt(3_000));
        String child = Suite.CASE_NOTES.as(worker).body(Map.of("givenName", UniqueNames.next(),
                        "familyName", "Oversight", "dateOfBirth", born.toString(), "planType", "CP",
                        "planStartDate", today.minusMonths(2).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        List<String> drafts = new ArrayList<>();
        for (int n = 1; n <= notes; n++) {
            drafts.add(Suite.CASE_NOTES.as(worker).body(VisitNotes.statutoryVisit(today, "CP statutory visit " + n,
                            "Saw the child at home."))
                    .post("/children/" + child + "/case-notes").then().statusCode(201).extract().<String>path("id"));
        }
        return drafts;
    }
}
