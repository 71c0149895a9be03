package io.casework.system;

import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.casework.system.ApprovalInbox.EVENTUALLY;
import static io.casework.system.ApprovalInbox.approve;
import static io.casework.system.ApprovalInbox.awaitRequest;
import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 17, "each type is tested from request to applied outcome across services": the approval types no other
 * system test takes the whole way, each on a child of its own, through the running suite with real tokens. Asked in
 * case-notes-service (or in approvals-service where no service owns the subject), routed to the deciding post's
 * inbox, decided there with reasons, and applied where the subject lives. Statutory visit oversight
 * ({@link StatutoryVisitJourneyTest}), the removal of inaccurate information ({@link InformationRemovalJourneyTest}),
 * a roll-back ({@link RollBackAcrossServicesTest}) and the C&F, strategy discussion and S47 outcomes
 * ({@link PathwayEventsTest}) are taken there. Each test leaves the demo organisation as it found it.
 */
class ApprovalJourneysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("002 s.12 \"Case Closures\": the worker's steps in case-notes-service, the practice manager's "
            + "approval with reasons in approvals-service, the case closed with the management entry of step 3")
    void caseClosure() {
        LocalDate today = LocalDate.now(LONDON);
        String child = register("Closing", "CIN");
        String summary = finalNote(child, "Closing summary", "The plan's aims are met; reasons for closure.");
        String chronology = finalNote(child, "Decision to close", "Decision to close the case, agreed with family.");
        var started = CASE_NOTES.as("north.sw1").body(Map.of("reason", "CHILD_IN_NEED_PLAN_ENDED", "reasonDetails",
                        "The child in need plan ended: its aims are met")).post(closures(child))
                .then().statusCode(201).body("state", equalTo("OPEN")).extract();
        String closure = started.path("id");
        String etag = started.header("ETag");
        for (String step : List.of("CLOSING_SUMMARY", "CHRONOLOGY_DECISION", "CHILD_AND_FAMILY_INFORMED",
                "ORGANISATIONS_INFORMED", "MOVE_ACROSS_BOUNDARIES_CHECKED", "WORKBOOK_EPISODE_ENDED",
                "INVOLVEMENT_ENDED")) {
            Map<String, Object> done = switch (step) {
                case "CLOSING_SUMMARY" -> Map.of("noteId", summary);
                case "CHRONOLOGY_DECISION" -> Map.of("noteId", chronology);
                default -> Map.of("details", "Done for " + step);
            };
            etag = CASE_NOTES.as("north.sw1").header("If-Match", etag).body(done)
                    .put(closures(child) + "/" + closure + "/steps/" + step).then().statusCode(200)
                    .extract().header("ETag");
        }
        CASE_NOTES.as("north.sw1").header("If-Match", etag).post(closures(child) + "/" + closure + "/submit")
                .then().statusCode(202).body("state", equalTo("AWAITING_OVERSIGHT"));

        String request = awaitRequest("north.pm", child, "CASE_CLOSURE");
        approve("north.pm", request, "Closure appropriate: the family knows where to go for help.");

        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1")
                .get(closures(child) + "/" + closure).then().statusCode(200).body("state", equalTo("CLOSED")));
        var closed = CASE_NOTES.as("north.sw1").get(closures(child) + "/" + closure).then()
                .body("closedOn", equalTo(today.toString()))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.decidedBy.username", equalTo("north.pm"))
                .body("decision.comments", equalTo("Closure appropriate: the family knows where to go for help."))
                .body("decision.approvalRequestId", equalTo(request))
                .body("decision.managementEntryId", notNullValue())
                .body("steps.find { it.step == 'MANAGEMENT_OVERSIGHT' }.done", equalTo(true))
                .extract();
        assertThat(closed.<String>path("steps.find { it.step == 'MANAGEMENT_OVERSIGHT' }.managementEntryId"))
                .isEqualTo(closed.<String>path("decision.managementEntryId"));
        CASE_NOTES.as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": asked on the child's record in case-notes-service, approved with reasons by "
            + "the head of service in approvals-service, active in case-notes-service with its review due from "
            + "deadlines-service six months on (Rochdale's rule, which the local suite runs)")
    void riskAlert() {
        String child = register("Alert", "CIN");
        String note = finalNote(child, "Home visit", "A large untrained dog was loose in the garden.");
        String alert = CASE_NOTES.as("north.sw1").body(Map.of("type", "DANGEROUS_PET", "startedOn",
                        LocalDate.now(LONDON).toString(), "description",
                        "A large untrained dog is loose in the garden at every visit (home visit note of today)",
                        "noteIds", List.of(note))).post(riskAlerts(child))
                .then().statusCode(202).body("state", equalTo("PENDING")).extract().path("id");

        String request = awaitRequest("head.of.service", child, "RISK_ALERT");
        APPROVALS.as("head.of.service").get("/approval-requests/" + request).then().statusCode(200)
                .body("subjectId", equalTo(alert)).body("riskAlert.type", equalTo("DANGEROUS_PET"));
        approve("head.of.service", request, "Agreed: staff visit in pairs and ask for the dog to be kept in.");

        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get(riskAlerts(child) + "/" + alert)
                .then().statusCode(200).body("state", equalTo("ACTIVE")).body("reviewDue", notNullValue()));
        var active = CASE_NOTES.as("north.sw1").get(riskAlerts(child) + "/" + alert).then()
                .body("decidedBy.username", equalTo("head.of.service"))
                .body("decisionReasons", equalTo("Agreed: staff visit in pairs and ask for the dog to be kept in."))
                .body("reviewOverdue", equalTo(false))
                .extract();
        LocalDate approvedOn = Instant.parse(active.path("decidedAt")).atZone(LONDON).toLocalDate();
        assertThat(active.<String>path("reviewDue")).isEqualTo(approvedOn.plusMonths(6).toString());
    }

    @Test
    @DisplayName("001 \"Restricted Records\": asked by the child's team manager in case-notes-service, approved by "
            + "the head of service in approvals-service, the record restricted in case-notes-service and someone "
            + "off the list refused, purpose or not")
    void restriction() {
        String child = register("Restricted", "CIN");
        String duty = "Duty: mother phoned the office";
        CASE_NOTES.as("north.sw2").header("X-Access-Purpose", duty).get("/children/" + child).then()
                .statusCode(200);
        String asked = CASE_NOTES.as("north.tm").body(Map.of("restriction", "OTHER", "reasons",
                        "The child's mother has joined the north team")).post(restrictionRequests(child))
                .then().statusCode(202).body("state", equalTo("PENDING")).extract().path("id");

        String request = awaitRequest("head.of.service", child, "RESTRICT_RECORD");
        approve("head.of.service", request, "Agreed: a member of staff's child.");

        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1")
                .get(restrictionRequests(child) + "/" + asked).then().statusCode(200)
                .body("state", equalTo("APPROVED")));
        CASE_NOTES.as("north.sw1").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("OTHER"))
                .body("decidedBy.username", equalTo("head.of.service"));
        CASE_NOTES.as("north.sw2").header("X-Access-Purpose", duty).get("/children/" + child).then()
                .statusCode(403);
        CASE_NOTES.as("north.sw1").get("/children/" + child).then().statusCode(200);
    }

    @Test
    @DisplayName("002 s.11 \"Records taken off site\": asked in approvals-service by the worker, routed to their "
            + "practice manager, approved, the return recorded, and the child's register shows it returned")
    void recordOffSite() {
        String child = register("OffSite", "CIN");
        LocalDate returnBy = LocalDate.now(LONDON).plusDays(2);
        Map<String, Object> ask = Map.of("kind", "RECORD_OFF_SITE", "childId", child, "fields", Map.of(
                "what", "Paper file, volume 2", "reason", "Court hearing on the care application",
                "takenTo", "Family court, Leeds", "securityMeasures", "Locked case, never left in a vehicle",
                "returnBy", returnBy.toString()));
        // approvals-service knows the child once it has heard of its registration: retried until then, once.
        String key = "off-site-" + child;
        String request = await().atMost(EVENTUALLY).until(() -> APPROVALS.as("north.sw1")
                .header("Idempotency-Key", key).body(ask).post("/approval-requests").then().extract()
                .response(), r -> r.statusCode() != 404).then().statusCode(201)
                .body("assignee.username", equalTo("north.pm")).extract().path("id");
        assertThat(awaitRequest("north.pm", child, "RECORD_OFF_SITE")).isEqualTo(request);
        approve("north.pm", request, "Agreed for the hearing; back by the date given.");
        APPROVALS.as("north.sw1").post("/approval-requests/" + request + "/return").then().statusCode(200)
                .body("returnedAt", notNullValue());

        APPROVALS.as("north.sw1").get("/children/" + child + "/decisions").then().statusCode(200)
                .body("items.find { it.id == '" + request + "' }.kind", equalTo("RECORD_OFF_SITE"))
                .body("items.find { it.id == '" + request + "' }.decision.outcome", equalTo("APPROVED"))
                .body("items.find { it.id == '" + request + "' }.details.returnBy", equalTo(returnBy.toString()))
                .body("items.find { it.id == '" + request + "' }.returnedAt", notNullValue());
    }

    @Test
    @DisplayName("003 \"Management oversight must be evidenced\" (\"can be delegated\"), 004 \"Recording Statutory "
            + "Visits\": north.pm's statutory visit oversight decided in approvals-service by south.pm acting for "
            + "them, the note finalised in case-notes-service with the management entry naming south.pm")
    void delegatedDecision() {
        LocalDate today = LocalDate.now(LONDON);
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Delegated", "familyName",
                        UniqueNames.next(), "dateOfBirth", "2017-05-01", "planType", "CP", "planStartDate",
                        WorkingDayCalendar.englandAndWales().previousWorkingDay(today.minusDays(3)).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        Instant now = Instant.now();
        String delegation = APPROVALS.as("north.pm").body(Map.of("delegator", "north.pm", "delegate", "south.pm",
                        "startsAt", now.toString(), "endsAt", now.plus(7, ChronoUnit.DAYS).toString(),
                        "reason", "Annual leave")).post("/delegations")
                .then().statusCode(201).body("running", equalTo(true)).extract().path("id");
        try {
            String note = CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(today, "CP statutory visit",
                    "Saw Delegated at home.")).post("/children/" + child + "/case-notes").then().statusCode(201)
                    .extract().path("id");
            CASE_NOTES.as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

            String request = awaitRequest("north.pm", child, "STATUTORY_VISIT_OVERSIGHT");
            assertThat(awaitRequest("south.pm", child, "STATUTORY_VISIT_OVERSIGHT")).isEqualTo(request);
            approve("south.pm", request, "Good visit; the child's views are clear.");
            APPROVALS.as("north.pm").get("/approval-requests/" + request).then().statusCode(200)
                    .body("decision.decidedBy.username", equalTo("south.pm"))
                    .body("decision.actingFor.username", equalTo("north.pm"));

            await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + note)
                    .then().statusCode(200).body("status", equalTo("FINAL"))
                    .body("managementEntries.find { it.outcome == 'APPROVED' }.decidedBy.username",
                            equalTo("south.pm"))
                    .body("managementEntries.find { it.outcome == 'APPROVED' }.comments",
                            equalTo("Good visit; the child's views are clear.")));
        } finally {
            APPROVALS.as("north.pm").post("/delegations/" + delegation + "/end").then().statusCode(200)
                    .body("running", equalTo(false));
        }
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the practice manager's own priority reset in "
            + "case-notes-service is in the child's register in approvals-service as a direct decision")
    void directPriorityReset() {
        String child = register("Priority", "CIN");
        String steps = "/children/" + child + "/pathway/steps";
        var started = CASE_NOTES.as("north.sw1").body(Map.of("kind", "CF_ASSESSMENT", "startDate",
                LocalDate.now(LONDON).toString())).post(steps).then().statusCode(201).extract();
        String assessment = started.path("id");
        CASE_NOTES.as("north.pm").header("If-Match", started.header("ETag"))
                .body(Map.of("workingDays", 30, "reasons", "Four children and a father to be traced"))
                .put(steps + "/" + assessment + "/priority").then().statusCode(200)
                .body("priorityWorkingDays", equalTo(30));

        String found = "items.find { it.subjectId == '" + assessment + "' }";
        await().atMost(EVENTUALLY).untilAsserted(() -> APPROVALS.as("north.pm")
                .get("/children/" + child + "/decisions").then().statusCode(200)
                .body("items.subjectId", hasItem(assessment)));
        APPROVALS.as("north.pm").get("/children/" + child + "/decisions").then()
                .body(found + ".kind", equalTo("CF_PRIORITY_CHANGE"))
                .body(found + ".decision.direct", equalTo(true))
                .body(found + ".decision.outcome", equalTo("APPROVED"))
                .body(found + ".decision.decidedBy.username", equalTo("north.pm"));
    }

    private static String register(String givenName, String planType) {
        return CASE_NOTES.as("north.sw1").body(Map.of("givenName", givenName, "familyName", UniqueNames.next(),
                        "dateOfBirth", "2015-02-11", "planType", planType, "planStartDate",
                        LocalDate.now(LONDON).minusDays(30).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
    }

    /** A case note of the child, written and finalised by the worker. */
    private static String finalNote(String child, String title, String narrative) {
        String note = CASE_NOTES.as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate",
                        LocalDate.now(LONDON).toString(), "eventTime", "00:00", "title", title, "narrative", narrative))
                .post("/children/" + child + "/case-notes").then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200);
        return note;
    }

    private static String closures(String child) {
        return "/children/" + child + "/closures";
    }

    private static String riskAlerts(String child) {
        return "/children/" + child + "/risk-alerts";
    }

    private static String restrictionRequests(String child) {
        return "/children/" + child + "/restriction-requests";
    }
}
