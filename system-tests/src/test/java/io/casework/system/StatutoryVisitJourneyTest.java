package io.casework.system;

import io.casework.testing.EventStreamClient;
import io.casework.testing.KeycloakTokens;
import io.casework.timescales.WorkingDayCalendar;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.DEADLINES;
import static io.casework.system.Suite.VISITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * One statutory visit through all four services, driven from outside with real Keycloak tokens: registration,
 * visit planning, deadline tracking, the visit note and its oversight (returned once, then approved), and access.
 */
@Order(1)
class StatutoryVisitJourneyTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("A CP statutory visit from registration to practice manager oversight, across all four services")
    void statutoryVisitJourney() throws Exception {
        // 1. A north social worker registers a child on a CP plan.
        LocalDate planStart = CALENDAR.previousWorkingDay(TODAY.minusDays(3));
        Map<String, Object> child = Map.of("givenName", "Journey", "familyName", UniqueNames.next(), "dateOfBirth", "2017-05-01",
                "planType", "CP", "planStartDate", planStart.toString());
        String childId = CASE_NOTES.as("north.sw1").body(child).post("/children")
                .then().statusCode(201).extract().path("id");

        // visits-service plans the first visit 10 working days on (local standard); deadlines-service tracks it.
        LocalDate firstDue = CALENDAR.addWorkingDays(planStart, 10);
        await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("north.sw1").get("/children/" + childId + "/visits")
                .then().statusCode(200)
                .body("items.findAll { it.state == 'PLANNED' }.dueDate", hasItem(firstDue.toString())));
        await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.sw1")
                .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'STATUTORY_VISIT' && it.state == 'OPEN' }.dueDate",
                        hasItem(firstDue.toString())));

        try (EventStreamClient inbox = EventStreamClient.open(APPROVALS.url() + "/inbox/stream",
                KeycloakTokens.bearer("north.pm"))) {
            assertThat(inbox.status()).isEqualTo(200);

            // 2. The worker records the visit, the child's own words apart from the worker's, and submits it.
            String noteId = CASE_NOTES.as("north.sw1").body(visitNote("Saw Journey at home.")).post(
                    "/children/" + childId + "/case-notes").then().statusCode(201).extract().path("id");
            CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
            CASE_NOTES.as("north.sw1").body(visitNote("Changed after submission")).put("/case-notes/" + noteId)
                    .then().statusCode(409);

            // The practice manager is told live, on a stream authenticated by the Authorization header...
            String streamed = inbox.await(d -> d.contains(noteId), EVENTUALLY);
            assertThat(streamed).contains("APPROVAL_REQUESTED").contains("STATUTORY_VISIT_OVERSIGHT");
            // ...and finds the request in their inbox; the author cannot decide it, nor can another team.
            String requestId = awaitPendingRequest(childId, noteId);
            APPROVALS.as("north.sw1").body(Map.of("outcome", "APPROVED", "comments", "Self"))
                    .post("/approval-requests/" + requestId + "/decision").then().statusCode(403);
            APPROVALS.as("south.pm").body(Map.of("outcome", "APPROVED", "comments", "Other team"))
                    .post("/approval-requests/" + requestId + "/decision").then().statusCode(403);

            // visits-service marks the visit done and plans the next; deadlines meets it and opens oversight (004).
            LocalDate nextDue = CALENDAR.addWorkingDays(TODAY, 10);
            await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("north.sw1")
                    .get("/children/" + childId + "/visits").then().statusCode(200)
                    .body("items.findAll { it.state == 'COMPLETED' }.noteId", hasItem(noteId))
                    .body("items.findAll { it.state == 'PLANNED' }.dueDate", hasItem(nextDue.toString())));
            LocalDate oversightDue = CALENDAR.addWorkingDays(TODAY, 5);
            await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.pm")
                    .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                    .body("items.findAll { it.kind == 'STATUTORY_VISIT' && it.state == 'MET' }.subjectId.size()", equalTo(1))
                    .body("items.findAll { it.kind == 'MANAGEMENT_OVERSIGHT' && it.state == 'OPEN' }.dueDate",
                            hasItem(oversightDue.toString())));

            // The manager returns it with comments: a new draft version; every version is kept.
            APPROVALS.as("north.pm").body(Map.of("outcome", "RETURNED", "comments", "Add the school's view, please."))
                    .post("/approval-requests/" + requestId + "/decision").then().statusCode(200);
            await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                    .then().body("status", equalTo("DRAFT"))
                    .body("returnComments", equalTo("Add the school's view, please.")));
            // The worker edits what they last read, and says so (If-Match): a retry or a second tab cannot add a
            // version they have not seen.
            String etag = CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId).then().statusCode(200)
                    .extract().header("ETag");
            CASE_NOTES.as("north.sw1").header("If-Match", etag)
                    .body(visitNote("Saw Journey at home. School reports good attendance."))
                    .put("/case-notes/" + noteId).then().statusCode(200);
            CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200);
            List<Integer> versions = CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId + "/versions")
                    .then().statusCode(200).extract().path("items.version");
            assertThat(versions).containsExactly(1, 2, 3);

            // 3. The practice manager approves the resubmitted note with comments.
            inbox.await(d -> d.contains(noteId) && d.contains("APPROVAL_REQUESTED") && !d.contains(requestId),
                    EVENTUALLY);
            String secondRequest = awaitPendingRequest(childId, noteId);
            APPROVALS.as("north.pm").body(Map.of("outcome", "APPROVED", "comments", "Good visit; views well captured."))
                    .post("/approval-requests/" + secondRequest + "/decision").then().statusCode(200);
            APPROVALS.as("north.pm").body(Map.of("outcome", "APPROVED", "comments", "Again"))
                    .post("/approval-requests/" + secondRequest + "/decision").then().statusCode(409);

            await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                    .then().body("status", equalTo("FINAL"))
                    .body("managementEntries.find { it.outcome == 'APPROVED' }.decidedBy.username",
                            equalTo("north.pm"))
                    .body("managementEntries.find { it.outcome == 'APPROVED' }.decidedBy.designation",
                            equalTo("Practice Manager"))
                    .body("managementEntries.find { it.outcome == 'APPROVED' }.comments",
                            equalTo("Good visit; views well captured.")));
            String managerName = CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                    .path("managementEntries.find { it.outcome == 'APPROVED' }.decidedBy.fullName");
            assertThat(managerName).isNotBlank().isNotEqualTo("north.pm");
            await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.pm")
                    .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                    .body("items.findAll { it.kind == 'MANAGEMENT_OVERSIGHT' && it.state == 'MET' }.subjectId",
                            hasItem(noteId)));
            CASE_NOTES.as("north.sw1").body(visitNote("After final")).put("/case-notes/" + noteId)
                    .then().statusCode(409);
        }

        // 4. Access: a same-team worker not allocated reads only with a purpose (logged); another team is refused
        //    (logged); no token is 401.
        CASE_NOTES.as("north.sw2").get("/children/" + childId).then().statusCode(403);
        CASE_NOTES.as("north.sw2").header("X-Access-Purpose", "Duty: mother phoned the office")
                .get("/children/" + childId).then().statusCode(200);
        CASE_NOTES.as("south.sw1").get("/children/" + childId).then().statusCode(403);
        CASE_NOTES.anonymous().get("/children/" + childId).then().statusCode(401);
        List<Map<String, Object>> log = CASE_NOTES.as("north.tm").queryParam("limit", 100)
                .get("/children/" + childId + "/access-log").then().statusCode(200).extract().path("items");
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("accessedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("username", "north.sw2");
            assertThat(e).containsEntry("purpose", "Duty: mother phoned the office")
                    .containsEntry("outcome", "ALLOWED_WITH_PURPOSE");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("accessedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("username", "south.sw1");
            assertThat(e).containsEntry("outcome", "REFUSED");
        });
        APPROVALS.anonymous().get("/inbox").then().statusCode(401);
        try (EventStreamClient anonymous = EventStreamClient.open(APPROVALS.url() + "/inbox/stream", null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    private static String awaitPendingRequest(String childId, String noteId) {
        String[] id = new String[1];
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            id[0] = APPROVALS.as("north.pm").queryParam("childId", childId).get("/inbox").then().statusCode(200)
                    .extract().path("items.find { it.subjectId == '" + noteId + "' }.id");
            assertThat(id[0]).isNotNull();
        });
        return id[0];
    }

    private static Map<String, Object> visitNote(String narrative) {
        return VisitNotes.statutoryVisit(TODAY, "CP statutory visit", narrative);
    }
}
