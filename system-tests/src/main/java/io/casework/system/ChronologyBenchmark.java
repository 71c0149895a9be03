package io.casework.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The chronology of a child with many notes (003 s.6): how long a page of it takes, and how long the court
 * chronology takes to produce as a PDF (003 s.6c). Writes the notes through the API, a share of them recording a
 * significant event and made final (so that both the chronology and the court chronology hold them), the events
 * spread over sixteen years; then times the chronology's first page after a warm-up, a page narrowed to one person
 * affected, and the court PDF. A benchmark, not a test: it asserts nothing (the aim is a page at p99 under 50 ms).
 *
 * <p>Usage: {@code ChronologyBenchmark [notes] [share significant, %] [page size] [samples]} (default 10000, 10, 25,
 * 1000). Run it through {@code scripts/bench-notes.sh}, which lifts the rate limit for the writing.
 */
public final class ChronologyBenchmark {

    private static final int WARM_UP_READS = 3_000;
    private static final int PDF_WARM_UP = 5;
    private static final int PDF_SAMPLES = 20;

    private ChronologyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = ManyNotes.arg(args, 0, 10_000);
        int percentSignificant = ManyNotes.arg(args, 1, 10);
        int pageSize = ManyNotes.arg(args, 2, 25);
        int samples = ManyNotes.arg(args, 3, 1_000);
        int every = Math.max(1, 100 / Math.max(1, percentSignificant));
        LocalDate today = LocalDate.now();
        String child = ManyNotes.child();
        ManyNotes.write(child, notes, i -> note(i, i % every == 0, today.minusDays(1 + i % 6000)), i -> i % every == 0);

        String chronology = Suite.CASE_NOTES.url() + "/children/" + child + "/chronology?limit=" + pageSize;
        // Warmed up as a worker's day would: timing the read path cold would measure the JIT compiler.
        ManyNotes.timed(chronology, ManyNotes.JSON, WARM_UP_READS);
        List<Long> page = ManyNotes.timed(chronology, ManyNotes.JSON, samples);
        List<Long> person = ManyNotes.timed(chronology + "&personAffected=Ms%20A", ManyNotes.JSON, samples / 5);
        String court = Suite.CASE_NOTES.url() + "/children/" + child + "/chronology/court";
        ManyNotes.timed(court, "application/pdf", PDF_WARM_UP);
        List<Long> pdf = ManyNotes.timed(court, "application/pdf", PDF_SAMPLES);
        int pdfBytes = ManyNotes.read(court, "application/pdf").length;

        System.out.printf("chronology of a child with %d notes, %d%% significant%n", notes, percentSignificant);
        System.out.printf("first page of %d, %d times: %s%n", pageSize, samples, Percentiles.of(page));
        System.out.printf("first page of %d for one person affected, %d times: %s%n", pageSize, samples / 5,
                Percentiles.of(person));
        System.out.printf("court chronology as a PDF (%d KB), %d times: %s%n", pdfBytes / 1024, PDF_SAMPLES,
                Percentiles.of(pdf));
        BenchResults.Part part = new BenchResults.Part("notes-reads", "Reads of a child with " + notes + " notes", 50);
        BenchResults.latencies(part, "chronology", "first page of " + pageSize + " of the chronology", page, 0,
                BenchResults.Target.atMost("p99", 50, "p99 under 50 ms"));
    }

    /** The i-th note: a significant event of one of three kinds every so often, otherwise a routine case note. */
    private static Map<String, Object> note(int i, boolean significant, LocalDate eventDate) {
        if (!significant) {
            return Map.of("noteType", "CASE_NOTE", "eventDate", eventDate.toString(), "eventTime", "09:15",
                    "title", "Note " + i, "narrative", "Phoned the school about attendance; spoke with the head of "
                            + "year.");
        }
        String type = List.of("SIGNIFICANT_EVENT", "CASE_NOTE", "DIRECT_WORK").get(i % 3);
        return Map.of("noteType", type, "eventDate", eventDate.toString(), "eventTime", "21:40",
                "title", "Significant event " + i, "narrative", "Police called to the home after an argument.",
                "significantEvent", Map.of("whatHappened", "Police called to the home after an argument; Mr B "
                                + "arrested. The children were in bed upstairs.",
                        "whoIsAffectedAndHow", "Riley heard the argument; Ms A is unable to meet Riley's needs "
                                + "while injured",
                        "peopleAffected", i % 2 == 0 ? List.of(Map.of("name", "Ms A", "relationship", "Mother"),
                                Map.of("name", "Riley", "relationship", "Child"))
                                : List.of(Map.of("name", "Riley", "relationship", "Child")),
                        "impact", i % 5 == 0 ? "POSITIVE" : "NEGATIVE"));
    }
}
