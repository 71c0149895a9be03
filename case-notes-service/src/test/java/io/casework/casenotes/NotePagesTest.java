package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

/** A child's notes come a page at a time, latest event first, narrowed as a screen needs (docs/api-conventions.md). */
@QuarkusTest
class NotePagesTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    @DisplayName("following next page by page gives every note once, latest event first, and ends")
    void pagesFollowTheirCursor() {
        String child = registerChild("north.sw1", "CP");
        List<String> written = new ArrayList<>();
        for (int daysAgo : List.of(3, 10, 1, 7, 5)) {
            written.add(note(child, TODAY.minusDays(daysAgo)));
        }
        List<String> dates = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = as("north.sw1").queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/children/" + child + "/case-notes").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.id"));
            dates.addAll(page.getList("items.eventDate"));
            after = page.getString("next");
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(written).doesNotHaveDuplicates();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @DisplayName("a screen narrows the notes by type, state and event dates")
    void filters() {
        String child = registerChild("north.sw1", "CP");
        note(child, TODAY.minusDays(20));
        String recent = note(child, TODAY.minusDays(2));
        String visit = as("north.sw1").body(statutoryVisit()).post("/children/" + child + "/case-notes").then()
                .statusCode(201).extract().path("id");

        as("north.sw1").queryParam("noteType", "STATUTORY_VISIT").get("/children/" + child + "/case-notes").then()
                .statusCode(200).body("items.id", contains(visit));
        as("north.sw1").queryParam("noteType", "CASE_NOTE").queryParam("from", TODAY.minusDays(5).toString())
                .get("/children/" + child + "/case-notes").then().statusCode(200).body("items.id", contains(recent));
        as("north.sw1").queryParam("status", "SUBMITTED").get("/children/" + child + "/case-notes").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.empty());
    }

    @Test
    @DisplayName("a bad page size, a note type that does not exist, or another list's cursor is a 400 naming it")
    void badPagingIsRefused() {
        String child = registerChild("north.sw1", "CP");
        note(child, TODAY);
        as("north.sw1").queryParam("noteType", "GOSSIP").get("/children/" + child + "/case-notes").then()
                .statusCode(400).body("violations.field", hasItem("noteType"));
        as("north.sw1").queryParam("limit", 101).get("/children/" + child + "/case-notes").then()
                .statusCode(400).body("violations.field", hasItem("limit"));
        // The access log's cursor (a time and a number) is not a cursor of the notes (a date, a time and an id).
        String logCursor = as("north.tm").queryParam("limit", 1).get("/children/" + child + "/access-log").then()
                .statusCode(200).extract().path("next");
        assertThat(logCursor).isNotNull();
        as("north.sw1").queryParam("after", logCursor).get("/children/" + child + "/case-notes").then()
                .statusCode(400).body("violations.field", hasItem("after"));
    }

    private static String note(String child, LocalDate eventDate) {
        return as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate", eventDate.toString(),
                        "eventTime", "00:00", "title", "Call", "narrative", "Phoned the school."))
                .post("/children/" + child + "/case-notes").then().statusCode(201).extract().path("id");
    }
}
