package io.casework.approvals.rest;

import io.casework.approvals.PublishedApprovals;
import io.casework.approvals.TestTopics;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 17's rules of routing, through the API with real tokens: delegation during absence, escalation of a breached
 * decision without locking it, requests going up the line when their assignee leaves it, and the manager's dashboard.
 */
@QuarkusTest
class RoutingRulesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final PublishedApprovals PUBLISHED = new PublishedApprovals();

    @Test
    @DisplayName("issue 17: while north.pm is away, south.pm acting for them sees north.pm's requests, is notified, "
            + "and decides in their place; the decision names whom they acted for; once the delegation ends they "
            + "decide nothing of north's")
    void delegationDuringAbsence() {
        CaseNoteSubmitted first = submitted("north.sw1", "Amelia Hughes");
        String firstId = pendingFor("north.pm", first);
        decide("south.pm", firstId, "APPROVED", "Covering").statusCode(403);

        String delegation = as("north.pm").contentType(ContentType.JSON)
                .body(delegation("north.pm", "south.pm", Instant.now(), Instant.now().plus(Duration.ofDays(7))))
                .post("/delegations").then().statusCode(201)
                .header("Location", notNullValue())
                .body("delegator.username", equalTo("north.pm")).body("delegate.username", equalTo("south.pm"))
                .body("running", equalTo(true)).extract().path("id");

        CaseNoteSubmitted second = submitted("north.sw2", "Oliver Bennett");
        String secondId = pendingFor("north.pm", second);
        assertThat(pendingIds("south.pm", first)).contains(firstId);
        assertThat(unread("south.pm", second).stream().map(n -> (String) n.get("message")))
                .anyMatch(message -> message.contains("for north.pm, whom you act for"));

        decide("south.pm", firstId, "APPROVED", "Covering for Daniel this week").statusCode(200)
                .body("decision.decidedBy.username", equalTo("south.pm"))
                .body("decision.actingFor.username", equalTo("north.pm"));
        ApprovalDecided decided = PUBLISHED.next(EventType.APPROVAL_DECIDED, first.childId(), ApprovalDecided.class);
        assertThat(decided.actingFor()).isEqualTo("north.pm");
        assertThat(decided.subjectVersion()).isEqualTo(first.version());

        as("north.pm").post("/delegations/" + delegation + "/end").then().statusCode(200)
                .body("running", equalTo(false)).body("endedBy.username", equalTo("north.pm"));
        decide("south.pm", secondId, "APPROVED", "Still covering?").statusCode(403);
        as("north.pm").get("/delegations").then().statusCode(200).body("items.id", hasItem(delegation));
    }

    @Test
    @DisplayName("issue 17: nobody approves their own request, delegated or not; only the absent approver, their "
            + "supervisor or an administrator records a delegation, and only for a bounded time")
    void delegationLimits() {
        CaseNoteSubmitted note = submitted("north.sw1", "Amelia Hughes");
        String id = pendingFor("north.pm", note);
        String toTheRequester = as("north.pm").contentType(ContentType.JSON)
                .body(delegation("north.pm", "north.sw1", Instant.now(), Instant.now().plus(Duration.ofDays(1))))
                .post("/delegations").then().statusCode(201).extract().path("id");
        try {
            decide("north.sw1", id, "APPROVED", "My own note").statusCode(403)
                    .body("type", equalTo("urn:casework:problem:self-approval"));
        } finally {
            as("north.pm").post("/delegations/" + toTheRequester + "/end").then().statusCode(200);
        }

        as("north.sw2").contentType(ContentType.JSON)
                .body(delegation("north.pm", "north.sw2", Instant.now(), Instant.now().plus(Duration.ofDays(1))))
                .post("/delegations").then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:delegation-refused"));
        as("north.pm").contentType(ContentType.JSON)
                .body(delegation("north.pm", "south.pm", Instant.now(), Instant.now().plus(Duration.ofDays(120))))
                .post("/delegations").then().statusCode(400).body("violations.field", hasItem("endsAt"));
    }

    @Test
    @DisplayName("issue 17: a breached oversight deadline escalates the request to the team manager, who is notified; "
            + "it is never locked, and north.pm's late oversight is recorded and marked late (004: the note no "
            + "longer shuts the manager out after five working days)")
    void breachEscalatesWithoutLocking() {
        CaseNoteSubmitted note = submitted("north.sw1", "Amelia Hughes");
        String id = pendingFor("north.pm", note);
        TestRunTopics.publishAsOwner(new DeadlineBreached(UUID.randomUUID(), note.childId(),
                "CASE_NOTE_OVERSIGHT", "statutory-visit-oversight", note.noteId().toString(), "north", null,
                "PRACTICE_MANAGER", LocalDate.now().minusDays(1), Instant.now(), "rules-test"), note.childId());

        await().atMost(WAIT).untilAsserted(() -> as("north.pm").get("/approval-requests/" + id).then()
                .statusCode(200).body("assignee.username", equalTo("north.tm")).body("escalatedAt", notNullValue()));
        assertThat(pendingIds("north.tm", note)).contains(id);
        as("north.tm").get("/approval-requests/" + id + "/routing").then().statusCode(200)
                .body("items.reason", equalTo(List.of("OPENED", "DEADLINE_BREACHED")))
                .body("items[1].from.username", equalTo("north.pm"))
                .body("items[1].routedBy", equalTo("system"));

        decide("north.pm", id, "APPROVED", "Seen late; the record is good.").statusCode(200)
                .body("decision.late", equalTo(true)).body("decision.decidedBy.username", equalTo("north.pm"));
        ApprovalDecided decided = PUBLISHED.next(EventType.APPROVAL_DECIDED, note.childId(), ApprovalDecided.class);
        assertThat(decided.late()).isTrue();
    }

    @Test
    @DisplayName("issue 17: a practice manager taken off the line hands on their pending requests up to the team "
            + "manager, never sideways to the new practice manager; the move is recorded and notified")
    void requestsGoUpWhenTheApproverLeavesTheLine() {
        CaseNoteSubmitted note = submitted("north.sw2", "Oliver Bennett");
        String id = pendingFor("north.pm", note);
        setNorthPracticeManager(null);
        try {
            as("north.tm").get("/approval-requests/" + id).then().statusCode(200)
                    .body("assignee.username", equalTo("north.tm"));
            as("north.tm").get("/approval-requests/" + id + "/routing").then().statusCode(200)
                    .body("items.reason", equalTo(List.of("OPENED", "LEFT_THE_LINE")))
                    .body("items[1].routedBy", equalTo("head.of.service"));
            assertThat(unread("north.tm", note)).anyMatch(n -> id.equals(n.get("requestId")));
        } finally {
            setNorthPracticeManager("north.pm");
        }
    }

    @Test
    @DisplayName("issue 17: the team manager's dashboard counts north's pending decisions per person with age and "
            + "deadline; a worker is refused, an unknown team is not found")
    void managersDashboard() {
        CaseNoteSubmitted note = submitted("north.sw1", "Amelia Hughes");
        pendingFor("north.pm", note);
        as("north.tm").get("/teams/north/pending-decisions").then().statusCode(200)
                .body("team", equalTo("north"))
                .body("people.assignee.username", hasItem("north.pm"))
                .body("people.find { it.assignee.username == 'north.pm' }.pending",
                        greaterThanOrEqualTo(1))
                .body("people.find { it.assignee.username == 'north.pm' }.oldestSince", notNullValue());
        as("north.sw1").get("/teams/north/pending-decisions").then().statusCode(403);
        as("north.tm").get("/teams/nowhere/pending-decisions").then().statusCode(404);
    }

    private static Map<String, Object> delegation(String delegator, String delegate, Instant from, Instant to) {
        return Map.of("delegator", delegator, "delegate", delegate, "startsAt", from.toString(), "endsAt",
                to.toString(), "reason", "Annual leave");
    }

    private static CaseNoteSubmitted submitted(String author, String authorName) {
        return TestTopics.send(TestTopics.submitted(NoteType.STATUTORY_VISIT, author, authorName, "north"));
    }

    private static String pendingFor(String approver, CaseNoteSubmitted note) {
        await().atMost(WAIT).until(() -> !pendingIds(approver, note).isEmpty());
        return pendingIds(approver, note).get(0);
    }

    private static List<String> pendingIds(String approver, CaseNoteSubmitted note) {
        return as(approver).queryParam("childId", note.childId().toString()).get("/inbox").then().statusCode(200)
                .extract().path("items.id");
    }

    private static List<Map<String, Object>> unread(String username, CaseNoteSubmitted note) {
        return as(username).queryParam("childId", note.childId().toString()).get("/inbox/notifications").then()
                .statusCode(200).extract().path("items");
    }

    private static ValidatableResponse decide(String approver, String id, String outcome, String comments) {
        return as(approver).contentType(ContentType.JSON).body(Map.of("outcome", outcome, "comments", comments))
                .post("/approval-requests/" + id + "/decision").then();
    }

    private static void setNorthPracticeManager(String practiceManager) {
        Map<String, Object> line = new HashMap<>();
        line.put("name", "North assessment and intervention team");
        line.put("practiceManager", practiceManager);
        line.put("teamManager", "north.tm");
        line.put("seniorManager", "senior.manager");
        line.put("serviceArea", "service-area-1");
        String version = as("head.of.service").get("/organisation/teams/north").then().statusCode(200).extract()
                .header("ETag");
        as("head.of.service").contentType(ContentType.JSON).header("If-Match", version).body(line)
                .put("/organisation/teams/north").then().statusCode(200);
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", KeycloakTokens.bearer(username));
    }
}
