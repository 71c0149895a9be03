package io.casework.casenotes;

import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The child's chronology (003 s.6, 003 s.6b, DOMAIN.md rule 5) and the court chronology (003 s.6c), through the API
 * with real tokens.
 */
@QuarkusTest
class ChronologyTest {

    private static final LocalDate TODAY = LocalDate.now();

    /** A note of {@code type} about an event {@code daysAgo}, recording a significant event, with these sections. */
    private static Map<String, Object> significant(String type, int daysAgo, String what, String who,
                                                   List<Map<String, String>> people, String impact,
                                                   Object... sections) {
        Map<String, Object> event = new HashMap<>(Map.of("whatHappened", what, "whoIsAffectedAndHow", who));
        if (people != null) {
            event.put("peopleAffected", people);
        }
        if (impact != null) {
            event.put("impact", impact);
        }
        Map<String, Object> note = new HashMap<>(Map.of("noteType", type, "eventDate",
                TODAY.minusDays(daysAgo).toString(), "eventTime", "10:00", "title", type + " note",
                "narrative", "What happened, as the worker saw it.", "significantEvent", event));
        for (int i = 0; i < sections.length; i += 2) {
            note.put((String) sections[i], sections[i + 1]);
        }
        return note;
    }

    private static Map<String, String> person(String name, String relationship) {
        return Map.of("name", name, "relationship", relationship);
    }

    private static String finalised(String child, Map<String, Object> note) {
        String id = write("north.sw1", child, note);
        as("north.sw1").post("/case-notes/" + id + "/finalise").then().statusCode(200);
        return id;
    }

    private static String submitted(String child, Map<String, Object> note) {
        String id = write("north.sw1", child, note);
        as("north.sw1").post("/case-notes/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /** A significant observation on a statutory visit {@code daysAgo} (003 s.6b), the rest of the visit as usual. */
    private static Map<String, Object> visitWithObservation(int daysAgo, String what) {
        Map<String, Object> visit = new HashMap<>(statutoryVisit());
        visit.putAll(significant("STATUTORY_VISIT", daysAgo, what, "Riley was frightened",
                List.of(person("Riley", "Child")), "NEGATIVE"));
        return visit;
    }

    private static Map<String, Object> routineVisit(int daysAgo, String what) {
        return significant("VISIT", daysAgo, what, "Riley saw it", null, null, "visit", Map.of("venue", "Family home",
                "purpose", "Planned visit", "childSeen", true, "seenAlone", true));
    }

    private static JsonPath chronology(String child, Object... query) {
        var request = as("north.sw1");
        for (int i = 0; i < query.length; i += 2) {
            if (query[i + 1] instanceof List<?> values) {
                request.queryParam((String) query[i], values);
            } else {
                request.queryParam((String) query[i], query[i + 1]);
            }
        }
        return request.get("/children/" + child + "/chronology").then().statusCode(200).extract().jsonPath();
    }

    @Nested
    @DisplayName("003 s.6: the chronology lists the significant events in date order")
    class Chronology {

        @Test
        @DisplayName("003 s.6, 003 s.6b, DOMAIN rule 5: significant events of any note type, a visit's observation "
                + "included and positive ones too, oldest first, each with its date, what happened, who is affected "
                + "and how, and a link to its note; drafts and notes without one are not on it")
        void significantEventsInDateOrder() {
            String child = registerChild("north.sw1", "CP");
            String incident = finalised(child, significant("SIGNIFICANT_EVENT", 30, "Police called to the home "
                    + "after an argument", "Riley heard it; Ms A was injured", List.of(person("Ms A", "Mother"),
                    person("Riley", "Child")), "NEGATIVE"));
            String positive = finalised(child, significant("CASE_NOTE", 60, "Riley's grandmother moved in",
                    "Ms A is supported to meet Riley's needs", List.of(person("Mrs C", "Grandmother")),
                    "POSITIVE"));
            String observation = submitted(child, visitWithObservation(10, "Bruise seen on Riley's arm"));
            finalised(child, CaseNotesApi.note("CASE_NOTE"));
            write("north.sw1", child, significant("SIGNIFICANT_EVENT", 5, "Still being written", "Nobody yet",
                    null, null));

            JsonPath page = chronology(child);
            assertThat(page.getList("items.noteId")).containsExactly(positive, incident, observation);
            assertThat(page.getList("items.eventDate")).containsExactly(TODAY.minusDays(60).toString(),
                    TODAY.minusDays(30).toString(), TODAY.minusDays(10).toString());
            assertThat(page.getList("items.noteType")).containsExactly("CASE_NOTE", "SIGNIFICANT_EVENT",
                    "STATUTORY_VISIT");
            assertThat(page.getList("items.status")).containsExactly("FINAL", "FINAL", "SUBMITTED");
            assertThat(page.getList("items.impact")).containsExactly("POSITIVE", "NEGATIVE", "NEGATIVE");
            assertThat(page.getString("items[1].whatHappened")).isEqualTo("Police called to the home after an "
                    + "argument");
            assertThat(page.getString("items[1].whoIsAffectedAndHow")).isEqualTo("Riley heard it; Ms A was injured");
            assertThat(page.getString("items[1].eventTime")).isEqualTo("10:00:00");
            assertThat(page.getList("items[1].peopleAffected.name")).containsExactly("Ms A", "Riley");
            assertThat(page.getString("items[1].recordedBy.username")).isEqualTo("north.sw1");
            assertThat(page.getString("items[1].recordedBy.designation")).isEqualTo("Social Worker");
            assertThat(page.getString("next")).isNull();
            as("north.sw1").get("/case-notes/" + page.getString("items[2].noteId")).then().statusCode(200)
                    .body("visit.statutoryVisit", equalTo("CP"));
        }

        @Test
        @DisplayName("narrowed by event dates, note types and a person affected (in any case)")
        void filters() {
            String child = registerChild("north.sw1", "CP");
            String old = finalised(child, significant("SIGNIFICANT_EVENT", 400, "Moved house", "Riley changed school",
                    List.of(person("Riley", "Child")), "MIXED"));
            String recent = finalised(child, significant("CASE_NOTE", 20, "Mr B left the home", "Ms A and Riley "
                    + "feel safer", List.of(person("Ms A", "Mother")), "POSITIVE"));
            String visit = submitted(child, visitWithObservation(3, "Riley told me about a fight"));

            assertThat(chronology(child, "from", TODAY.minusDays(30).toString()).getList("items.noteId"))
                    .containsExactly(recent, visit);
            assertThat(chronology(child, "to", TODAY.minusDays(30).toString()).getList("items.noteId"))
                    .containsExactly(old);
            assertThat(chronology(child, "noteType", "SIGNIFICANT_EVENT").getList("items.noteId"))
                    .containsExactly(old);
            assertThat(chronology(child, "noteType", List.of("SIGNIFICANT_EVENT", "STATUTORY_VISIT"))
                    .getList("items.noteId")).containsExactly(old, visit);
            assertThat(chronology(child, "personAffected", "ms a").getList("items.noteId")).containsExactly(recent);
            assertThat(chronology(child, "personAffected", "RILEY").getList("items.noteId"))
                    .containsExactly(old, visit);
            assertThat(chronology(child, "personAffected", "Mr B").getList("items")).isEmpty();
            as("north.sw1").queryParam("noteType", "GOSSIP").get("/children/" + child + "/chronology").then()
                    .statusCode(400).body("violations.field", hasItem("noteType"));
            as("north.sw1").queryParam("from", "2026-02-30").get("/children/" + child + "/chronology").then()
                    .statusCode(400).body("violations.field", hasItem("from"));
        }

        @Test
        @DisplayName("following next page by page gives every event once, in date order, and ends")
        void pages() {
            String child = registerChild("north.sw1", "CP");
            List<String> written = new ArrayList<>();
            for (int daysAgo : List.of(3, 10, 1, 7, 5)) {
                written.add(finalised(child, significant("SIGNIFICANT_EVENT", daysAgo, "Event " + daysAgo,
                        "Riley", null, null)));
            }
            // Two on the same day: ordered by when they were written.
            written.add(finalised(child, significant("SIGNIFICANT_EVENT", 5, "Later that day", "Riley", null, null)));
            List<String> seen = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                JsonPath page = after == null ? chronology(child, "limit", 2)
                        : chronology(child, "limit", 2, "after", after);
                assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
                seen.addAll(page.getList("items.noteId"));
                dates.addAll(page.getList("items.eventDate"));
                after = page.getString("next");
                pages++;
            } while (after != null);
            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(written).doesNotHaveDuplicates();
            assertThat(dates).isSorted();
            assertThat(seen.indexOf(written.get(5))).isEqualTo(seen.indexOf(written.get(4)) + 1);
        }

        @Test
        @DisplayName("002 s.5: another team is refused, a colleague needs a purpose, and every read is logged")
        void access() {
            String child = registerChild("north.sw1", "CP");
            finalised(child, significant("SIGNIFICANT_EVENT", 2, "Police called", "Riley heard it", null, null));
            as("south.sw1").get("/children/" + child + "/chronology").then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
            as("north.sw2").get("/children/" + child + "/chronology").then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-purpose-required"));
            as("north.sw2").header("X-Access-Purpose", "Duty: police called").get("/children/" + child
                    + "/chronology").then().statusCode(200).body("items.whatHappened", contains("Police called"));
            List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100)
                    .get("/children/" + child + "/access-log").then().statusCode(200).extract().path("items");
            assertThat(log).filteredOn(e -> "getChronology".equals(e.get("action")))
                    .extracting(e -> e.get("outcome"))
                    .containsExactlyInAnyOrder("REFUSED", "PURPOSE_REQUIRED", "ALLOWED_WITH_PURPOSE");
        }

        @Test
        @DisplayName("a note returned and corrected shows its current version's event, and none while a draft again")
        void currentVersion() {
            String child = registerChild("north.sw1", "CP");
            String visit = submitted(child, visitWithObservation(4, "Bruise seen on Riley's leg"));
            assertThat(chronology(child).getList("items.whatHappened")).containsExactly("Bruise seen on Riley's leg");

            String approvals = ConfigProvider.getConfig().getValue("mp.messaging.incoming.approvals-events.topic",
                    String.class);
            try (TopicProbe probe = new TopicProbe()) {
                TopicProbe.send(approvals, child, probe.event(new ApprovalDecided(UUID.randomUUID(),
                        "STATUTORY_VISIT_OVERSIGHT", UUID.fromString(child), visit, Outcome.RETURNED,
                        "Which arm? Please check the body map.", "north.pm", "Priya Shah", "Practice Manager",
                        Instant.now()), "/approvals-service", child));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("north.sw1").get("/case-notes/" + visit)
                    .then().body("status", equalTo("DRAFT")));
            assertThat(chronology(child).getList("items")).isEmpty();

            as("north.sw1").header("If-Match", "\"2\"").body(visitWithObservation(4, "Bruise seen on Riley's "
                    + "left arm")).put("/case-notes/" + visit).then().statusCode(200);
            as("north.sw1").post("/case-notes/" + visit + "/submit").then().statusCode(200);
            assertThat(chronology(child).getList("items.whatHappened"))
                    .containsExactly("Bruise seen on Riley's left arm");
        }
    }

    @Nested
    @DisplayName("003 s.6c: the court chronology")
    class Court {

        private String child;
        private String recent;
        private String earlier;

        /** Final events of three years ago and one year ago, two on routine recordings and one still submitted. */
        private void record() {
            child = registerChild("north.sw1", "CP");
            earlier = finalised(child, significant("SIGNIFICANT_EVENT", 3 * 365, "Riley was placed on a child "
                    + "protection plan under the category of neglect. The conference heard from the school.",
                    "Riley and Ms A", null, null));
            recent = finalised(child, significant("SIGNIFICANT_EVENT", 365, "Mr B was convicted of assaulting Ms A",
                    "Ms A is safer; Riley misses his father", List.of(person("Ms A", "Mother")), "MIXED"));
            finalised(child, routineVisit(200, "Routine visit with a broken window"));
            finalised(child, significant("CONTACT", 100, "Phone call about a missed appointment", "Ms A",
                    null, null, "contact", Map.of("method", "TELEPHONE", "withWhom", "Ms A, mother")));
            submitted(child, visitWithObservation(2, "Awaiting oversight"));
        }

        @Test
        @DisplayName("as JSON: the last two years in full, earlier events in one line, routine recordings left out "
                + "and counted, only final notes")
        void json() {
            record();
            JsonPath court = as("north.sw1").accept("application/json").get("/children/" + child
                    + "/chronology/court").then().statusCode(200).contentType("application/json").extract()
                    .jsonPath();
            assertThat(court.getString("childName")).startsWith("Riley ");
            assertThat(court.getString("dateOfBirth")).isEqualTo("2016-04-02");
            assertThat(court.getString("producedOn")).isEqualTo(TODAY.toString());
            assertThat(court.getString("inFullFrom")).isEqualTo(TODAY.minusYears(2).toString());
            assertThat(court.getString("producedBy.username")).isEqualTo("north.sw1");
            assertThat(court.getList("events.noteId")).containsExactly(recent);
            assertThat(court.getString("events[0].whoIsAffectedAndHow"))
                    .isEqualTo("Ms A is safer; Riley misses his father");
            assertThat(court.getList("earlierEvents.noteId")).containsExactly(earlier);
            assertThat(court.getString("earlierEvents[0].summary")).isEqualTo("Riley was placed on a child "
                    + "protection plan under the category of neglect.");
            assertThat(court.getInt("leftOutCount")).isEqualTo(2);
            assertThat(court.getList("leftOut.kind")).containsExactly("CALL_OR_MEETING_WITH_FAMILY",
                    "ROUTINE_VISIT");
            assertThat(court.getList("leftOut.count")).containsExactly(1, 1);
            assertThat(court.getString("leftOut[1].reason")).startsWith("003 s.6c");
            assertThat(court.prettify()).doesNotContain("broken window").doesNotContain("missed appointment")
                    .doesNotContain("Awaiting oversight");
            // The default, as for a client that accepts anything, is the JSON.
            as("north.sw1").get("/children/" + child + "/chronology/court").then().statusCode(200)
                    .contentType("application/json").body("events.noteId", contains(recent));
        }

        @Test
        @DisplayName("as a PDF for a court bundle: the child's name and date of birth and the page number on every "
                + "page, the date produced, an event's words, and none of what was left out")
        void pdf() throws IOException {
            record();
            byte[] bytes = as("north.sw1").accept("application/pdf").get("/children/" + child
                    + "/chronology/court").then().statusCode(200).contentType("application/pdf").extract()
                    .asByteArray();
            String name = as("north.sw1").get("/children/" + child).then().extract().path("familyName");
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f,
                        org.assertj.core.data.Offset.offset(0.5f));
                PDFTextStripper stripper = new PDFTextStripper();
                String text = stripper.getText(pdf);
                assertThat(text).contains("Court chronology", "Page 1 of " + pdf.getNumberOfPages(), "02/04/2016",
                        "Produced on " + CaseNotesApi.ukDate(TODAY), "Mr B was convicted of assaulting Ms A",
                        "Riley was placed on a child protection plan", "Who has been affected and how",
                        "2 significant events were left out");
                assertThat(text).doesNotContain("broken window").doesNotContain("missed appointment")
                        .doesNotContain("Awaiting oversight");
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(pdf)).contains(name, "born 02/04/2016",
                            "Page " + page + " of " + pdf.getNumberOfPages());
                }
            }
        }

        @Test
        @DisplayName("003 s.6c: names beyond Windows-1252 print as written in the PDF (Polish, Romanian), not as ?")
        void pdfPrintsNamesAsWritten() throws IOException {
            Map<String, Object> body = new HashMap<>(CaseNotesApi.child("CP"));
            body.put("givenName", "Łucja");
            String polish = as("north.sw1").body(body).post("/children").then().statusCode(201).extract().path("id");
            finalised(polish, significant("SIGNIFICANT_EVENT", 30, "Ștefan, Łucja's uncle, moved into the home",
                    "Łucja is happier; Ms Wiśniewska has help", List.of(person("Ștefan", "Uncle")), "POSITIVE"));
            byte[] bytes = as("north.sw1").accept("application/pdf").get("/children/" + polish
                    + "/chronology/court").then().statusCode(200).extract().asByteArray();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("Łucja ", "Ștefan, Łucja's uncle, moved into the home",
                        "Ms Wiśniewska has help").doesNotContain("?ucja");
            }
        }

        @Test
        @DisplayName("002 s.5: producing it is logged with who, why and when; another type than JSON or PDF is a 406")
        void loggedAndNegotiated() {
            record();
            as("north.sw2").header("X-Access-Purpose", "Court bundle for the hearing").accept("application/pdf")
                    .get("/children/" + child + "/chronology/court").then().statusCode(200);
            as("south.sw1").accept("application/pdf").get("/children/" + child + "/chronology/court").then()
                    .statusCode(403);
            as("north.sw1").accept("text/html").get("/children/" + child + "/chronology/court").then()
                    .statusCode(406).body("type", equalTo("urn:casework:problem:not-acceptable"));
            List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100)
                    .get("/children/" + child + "/access-log").then().statusCode(200).extract().path("items");
            assertThat(log).filteredOn(e -> "getCourtChronology".equals(e.get("action"))).anySatisfy(e -> {
                assertThat(e.get("outcome")).isEqualTo("ALLOWED_WITH_PURPOSE");
                assertThat(e.get("purpose")).isEqualTo("Court bundle for the hearing");
                assertThat(e.get("accessedAt")).isNotNull();
                assertThat(((Map<?, ?>) e.get("accessedBy")).get("username")).isEqualTo("north.sw2");
            }).anySatisfy(e -> assertThat(e.get("outcome")).isEqualTo("REFUSED"));
        }

        @Test
        @DisplayName("a child with no final significant event has an empty court chronology, not an error")
        void nothingYet() {
            String nobody = registerChild("north.sw1", "CIN");
            as("north.sw1").get("/children/" + nobody + "/chronology/court").then().statusCode(200)
                    .body("events", empty()).body("earlierEvents", empty()).body("leftOutCount", equalTo(0));
            as("north.sw1").accept("application/pdf").get("/children/" + nobody + "/chronology/court").then()
                    .statusCode(200).contentType("application/pdf");
        }
    }
}
