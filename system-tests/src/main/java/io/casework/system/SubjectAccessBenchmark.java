package io.casework.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The subject access export of a child with many notes (002 s.9): how long the JSON and the PDF take to produce. Writes
 * the notes through the API, all of them final (the export holds final notes), every 50th with a third-party statement
 * and every 100th with a withheld entry; records a request, withholds each third-party statement (a decision each, as
 * a manager would), completes the review, then times the export as JSON and as a PDF. A benchmark, not a test: it
 * asserts nothing.
 *
 * <p>Usage: {@code SubjectAccessBenchmark [notes] [samples]} (default 10000, 5). Run it through
 * {@code scripts/bench-notes.sh}, which lifts the rate limit for the writing.
 */
public final class SubjectAccessBenchmark {

    private static final String MANAGER = "north.tm";

    private SubjectAccessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = ManyNotes.arg(args, 0, 10_000);
        int samples = ManyNotes.arg(args, 1, 5);
        LocalDate today = LocalDate.now();
        String child = ManyNotes.child();
        ManyNotes.write(child, notes, i -> note(i, today.minusDays(1 + i % 6000)), i -> true);

        String requests = "/children/" + child + "/subject-access-requests";
        String request = Suite.CASE_NOTES.as(ManyNotes.WORKER).body(Map.of("requesterName", "Bench Requester",
                        "relationship", "CHILD", "receivedOn", today.toString(), "identityChecked", "Benchmark"))
                .post(requests).then().statusCode(201).extract().path("id");
        String review = requests + "/" + request;
        String after = null;
        int decided = 0;
        do {
            var page = Suite.CASE_NOTES.as(MANAGER).queryParam("limit", 100);
            if (after != null) {
                page.queryParam("after", after);
            }
            var answer = page.get(review + "/review-items").then().statusCode(200).extract();
            List<Map<String, Object>> items = answer.path("items");
            for (Map<String, Object> item : items) {
                if ("THIRD_PARTY_STATEMENT".equals(item.get("kind"))) {
                    Suite.CASE_NOTES.as(MANAGER).body(Map.of("decision", "WITHHOLD", "category",
                                    "THIRD_PARTY_OBJECTION", "reason", "Benchmark"))
                            .put(review + "/decisions/" + item.get("itemRef")).then().statusCode(200);
                    decided++;
                }
            }
            after = answer.path("next");
        } while (after != null);
        String etag = Suite.CASE_NOTES.as(MANAGER).get(review).then().statusCode(200).extract().header("ETag");
        Suite.CASE_NOTES.as(MANAGER).header("If-Match", etag).post(review + "/review-completion").then()
                .statusCode(200);

        String export = Suite.CASE_NOTES.url() + review + "/export";
        ManyNotes.timed(export, ManyNotes.JSON, 2);
        List<Long> json = ManyNotes.timed(export, ManyNotes.JSON, samples);
        int jsonBytes = ManyNotes.read(export, ManyNotes.JSON).length;
        ManyNotes.timed(export, "application/pdf", 2);
        List<Long> pdf = ManyNotes.timed(export, "application/pdf", samples);
        int pdfBytes = ManyNotes.read(export, "application/pdf").length;

        System.out.printf("subject access export of a child with %d final notes, %d items withheld by decision%n",
                notes, decided);
        System.out.printf("as JSON (%d KB), %d times: %s%n", jsonBytes / 1024, samples, Percentiles.of(json));
        System.out.printf("as a PDF (%d KB), %d times: %s%n", pdfBytes / 1024, samples, Percentiles.of(pdf));
    }

    /** The i-th note: a home visit's account, with a third-party statement or a withheld entry now and then. */
    private static Map<String, Object> note(int i, LocalDate eventDate) {
        Map<String, Object> note = new java.util.HashMap<>(Map.of("noteType", "CASE_NOTE",
                "eventDate", eventDate.toString(), "eventTime", "09:15", "title", "Note " + i,
                "narrative", "Visited Riley at home after school. We talked about football and his new class; "
                        + "his mother said the week had been calmer and the school confirmed he had been in every day."));
        if (i % 50 == 0) {
            note.put("statements", List.of(Map.of("text", "Riley told his teacher he was worried about home.",
                    "kind", "FACT", "source", "THIRD_PARTY", "sourceName", "Ms Ahmed, safeguarding lead")));
        }
        if (i % 100 == 1) {
            note.put("withheld", List.of(Map.of("what", "The refuge's address", "withheldFrom", "FAMILY",
                    "reason", "THIRD_PARTY", "explanation", "Ms A asked that it is not shared with Mr B")));
        }
        return note;
    }
}
