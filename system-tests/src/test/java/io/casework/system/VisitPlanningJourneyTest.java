package io.casework.system;

import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.DEADLINES;
import static io.casework.system.Suite.VISITS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 16 from outside, with real tokens through all four services: a placement recorded on the pathway sets reg 28's
 * frequency in visits-service and the due date deadlines-service tracks; two failed visits reach the child's practice
 * manager in approvals-service and open the manager's decision as a deadline (004 "Failed visits"); a visit that sees
 * the child ends the failed access.
 */
class VisitPlanningJourneyTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("reg 28 and 004 Failed visits: a placement meant to last until 18 is visited within a week; the second "
            + "failed visit goes to the practice manager with a decision due in 1 working day; a seen visit ends it")
    void placementAndFailedAccess() {
        LocalDate placed = TODAY.minusDays(2);
        String childId = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Placed", "familyName",
                        UniqueNames.next(), "dateOfBirth", "2014-06-01", "planType", "CLA",
                        "planStartDate", placed.toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        String pathway = "/children/" + childId + "/pathway/steps";
        String episode = CASE_NOTES.as("north.sw1").body(Map.of("kind", "LOOKED_AFTER_EPISODE",
                "startDate", placed.toString(), "details", Map.of("legalStatus", "C2")))
                .post(pathway).then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").body(Map.of("kind", "PLACEMENT", "partOf", episode, "startDate", placed.toString(),
                        "details", Map.of("placementType", "U4", "intendedToLastUntil18", true)))
                .post(pathway).then().statusCode(201);

        String firstDue = placed.plusWeeks(1).toString();
        await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("north.sw1")
                .get("/children/" + childId + "/visit-plan").then().statusCode(200)
                .body("frequency.rule", equalTo("cla-placement-until-18"))
                .body("frequency.sourceKind", equalTo("LEGISLATION"))
                .body("nextDueDate", equalTo(firstDue)));
        await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.sw1")
                .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'STATUTORY_VISIT' && it.state == 'OPEN' }.dueDate",
                        hasItem(firstDue)));

        submitted(failedVisit(TODAY.minusDays(1)), childId);
        submitted(failedVisit(TODAY), childId);

        await().atMost(EVENTUALLY).untilAsserted(() -> APPROVALS.as("north.pm").queryParam("childId", childId)
                .get("/inbox/notifications").then().statusCode(200)
                .body("items.findAll { it.type == 'FAILED_ACCESS_ESCALATED' }.failedAccess.step",
                        hasItem("PRACTICE_MANAGER"))
                .body("items.findAll { it.type == 'FAILED_ACCESS_ESCALATED' }.failedAccess.failedVisits",
                        hasItem(2)));
        String alertBy = CALENDAR.addWorkingDays(TODAY, 1).toString();
        await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.pm")
                .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'FAILED_ACCESS' && it.state == 'OPEN' }.dueDate", hasItem(alertBy)));
        await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("north.sw1").queryParam("allocatedTo", "me")
                .queryParam("failedAccess", "true").queryParam("until", TODAY.plusYears(1).toString())
                .get("/visits/due").then().statusCode(200)
                .body("items.find { it.childId == '%s' }.failedAccess.escalatedTo".formatted(childId),
                        equalTo(List.of("PRACTICE_MANAGER"))));

        submitted(seenVisit(TODAY), childId);
        // The practice manager's alert is read once the failed access ends.
        await().atMost(EVENTUALLY).untilAsserted(() -> APPROVALS.as("north.pm").queryParam("childId", childId)
                .get("/inbox/notifications").then().statusCode(200)
                .body("items.findAll { it.type == 'FAILED_ACCESS_ESCALATED' }.size()", equalTo(0)));
        await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.pm")
                .queryParam("childId", childId).get("/deadlines").then().statusCode(200)
                .body("items.findAll { it.kind == 'FAILED_ACCESS' }.state", equalTo(List.of("WITHDRAWN"))));
        await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("north.sw1")
                .get("/children/" + childId + "/visit-plan").then().statusCode(200)
                .body("lastSeenOn", equalTo(TODAY.toString()))
                .body("nextDueDate", notNullValue()));
    }

    private static void submitted(Map<String, Object> note, String childId) {
        String noteId = CASE_NOTES.as("north.sw1").body(note).post("/children/" + childId + "/case-notes").then()
                .statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200);
    }

    private static Map<String, Object> failedVisit(LocalDate day) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("venue", "Foster home");
        visit.put("purpose", "Statutory visit");
        visit.put("announced", true);
        visit.put("childSeen", false);
        visit.put("childNotSeenReason", "Nobody answered the door; a card was left");
        return Map.of("noteType", "HOME_VISIT_NO_ACCESS", "eventDate", day.toString(), "eventTime", "00:00",
                "title", "Home visit, no access", "narrative", "No answer at the door.", "visit", visit);
    }

    private static Map<String, Object> seenVisit(LocalDate day) {
        Map<String, Object> note = new LinkedHashMap<>(VisitNotes.statutoryVisit(day, "CLA statutory visit",
                "Saw the child at the foster home."));
        @SuppressWarnings("unchecked")
        Map<String, Object> visit = new LinkedHashMap<>((Map<String, Object>) note.get("visit"));
        visit.put("statutoryVisit", "CLA");
        visit.put("purpose", "CLA statutory visit");
        note.put("visit", visit);
        return note;
    }
}
