package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** A submitted case note through the consumer, routing, the inbox and the decision API to the published decision. */
@QuarkusTest
class OversightRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final EventCodec CODEC = new EventCodec();
    private static TopicProbe approvalsTopic;

    @BeforeAll
    static void probe() {
        approvalsTopic = new TopicProbe(TestTopics.approvals());
    }

    @AfterAll
    static void close() {
        if (approvalsTopic != null) {
            approvalsTopic.close();
        }
    }

    @Test
    @DisplayName("004 statutory visits: a submitted statutory visit note lands in north.pm's inbox and "
            + "ApprovalRequested is published; its due date is deadlines-service's to announce (DeadlineAlertsTest)")
    void submittedNoteReachesThePracticeManager() {
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes", "north"));

        Map<String, Object> request = awaitPendingFor("north.pm", note);
        assertThat(request).containsEntry("kind", "STATUTORY_VISIT_OVERSIGHT")
                .containsEntry("state", "PENDING")
                .containsEntry("childId", note.childId().toString());
        assertThat(request.get("assignee")).isEqualTo(Map.of("username", "north.pm", "fullName", "Daniel Walsh",
                "designation", "Practice Manager", "team", "north"));
        assertThat(request.get("requestedBy")).isEqualTo(Map.of("username", "north.sw1", "fullName", "Amelia Hughes",
                "designation", "Social Worker", "team", "north"));

        given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", note.childId().toString()).get("/inbox/notifications")
                .then().statusCode(200)
                .body("items.requestId", hasItem(request.get("id")))
                .body("items.find { it.requestId == '" + request.get("id") + "' }.message",
                        containsString("Amelia Hughes"));

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_REQUESTED.type(),
                note.childId().toString(), WAIT);
        ApprovalRequested event = CODEC.data(published, ApprovalRequested.class);
        assertThat(event.assignee()).isEqualTo("north.pm");
        assertThat(event.subjectId()).isEqualTo(note.noteId().toString());
        assertThat(published.source()).isEqualTo("/approvals-service");
    }

    @Test
    @DisplayName("a case note other than a statutory visit asks for case note oversight by the practice manager")
    void otherNotesAskForCaseNoteOversight() {
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.CASE_NOTE, "north.sw2", "Oliver Bennett", "north"));
        Map<String, Object> request = awaitPendingFor("north.pm", note);
        assertThat(request).containsEntry("kind", "CASE_NOTE_OVERSIGHT").containsEntry("dueDate", null);
    }

    @Test
    @DisplayName("Primero-style permission: north.sw1 may not decide the request their own note made (403)")
    void selfApprovalIsRefused() {
        String id = requestFrom("north.sw1", "Amelia Hughes");
        decide("north.sw1", id, "APPROVED", "Looks fine to me")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:self-approval"));
    }

    @Test
    @DisplayName("a practice manager's own note goes to the team manager, and the practice manager may not approve it")
    void practiceManagersOwnNote() {
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.CASE_NOTE, "north.pm", "Daniel Walsh", "north"));
        String id = (String) awaitPendingFor("north.tm", note).get("id");
        decide("north.pm", id, "APPROVED", "").statusCode(403)
                .body("type", equalTo("urn:casework:problem:self-approval"));
        decide("north.tm", id, "APPROVED", "Agreed").statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    @DisplayName("south.pm is not on north's management line and may not decide or read a north request (403)")
    void otherTeamsManagerIsRefused() {
        String id = requestFrom("north.sw2", "Oliver Bennett");
        decide("south.pm", id, "APPROVED", "ok").statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:not-on-management-line"));
        given().header("Authorization", KeycloakTokens.bearer("south.pm")).get("/approval-requests/" + id)
                .then().statusCode(403);
    }

    @Test
    @DisplayName("DOMAIN rule 20: RETURNED without comments is a 400 problem naming the field comments")
    void returnWithoutReasons() {
        String id = requestFrom("north.sw1", "Amelia Hughes");
        decide("north.pm", id, "RETURNED", "  ").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("comments"));
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).contentType(ContentType.JSON)
                .body("{\"comments\":\"no outcome\"}").post("/approval-requests/" + id + "/decision")
                .then().statusCode(400).body("violations.field", hasItem("outcome"));
    }

    @Test
    @DisplayName("DOMAIN rule 20: north.pm approves with comments; ApprovalDecided records who (name, designation), "
            + "when, the outcome and the reasons; deciding again is a 409")
    void approveThenConflict() {
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes", "north"));
        String id = (String) awaitPendingFor("north.pm", note).get("id");

        decide("north.pm", id, "APPROVED", "Child seen alone; views recorded well.")
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("decision.decidedBy.username", equalTo("north.pm"))
                .body("decision.decidedBy.fullName", equalTo("Daniel Walsh"))
                .body("decision.decidedBy.designation", equalTo("Practice Manager"))
                .body("decision.decidedBy.team", equalTo("north"))
                .body("decision.decidedAt", notNullValue());

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(),
                note.childId().toString(), WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.subjectId()).isEqualTo(note.noteId().toString());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.comments()).isEqualTo("Child seen alone; views recorded well.");
        assertThat(decided.decidedByName()).isEqualTo("Daniel Walsh");
        assertThat(decided.decidedByDesignation()).isEqualTo("Practice Manager");
        assertThat(decided.decidedAt()).isNotNull();

        decide("north.pm", id, "RETURNED", "Second thoughts").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:already-decided"));
        decide("north.tm", id, "APPROVED", "").statusCode(409);

        // The requester hears of it in their notifications, and can mark it read.
        String notification = unreadAbout("north.sw1", id).stream()
                .filter(n -> "APPROVAL_DECIDED".equals(n.get("type"))).map(n -> (String) n.get("id")).findFirst()
                .orElseThrow();
        given().header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .post("/inbox/notifications/" + notification + "/read").then().statusCode(204);
        assertThat(unreadAbout("north.sw1", id)).isEmpty();
        // The request is no longer pending for north.pm, and the notice that asked north.pm for it is read.
        List<String> pending = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("limit", 100).get("/inbox").then().statusCode(200).extract().path("items.id");
        assertThat(pending).doesNotContain(id);
        assertThat(unreadAbout("north.pm", id)).isEmpty();
    }

    @Test
    @DisplayName("the team manager above the assigned practice manager may decide in their place, and returns with reasons")
    void managerAboveMayDecide() {
        String id = requestFrom("north.sw2", "Oliver Bennett");
        decide("north.tm", id, "RETURNED", "Please add the child's own words.")
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("decision.decidedBy.designation", equalTo("Team Manager"))
                .body("decision.comments", equalTo("Please add the child's own words."));
    }

    @Test
    @DisplayName("a retried decision with the same Idempotency-Key gets the first answer again, not a 409")
    void idempotentDecision() {
        String id = requestFrom("north.sw1", "Amelia Hughes");
        String key = UUID.randomUUID().toString();
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED", "comments", "ok"))
                .post("/approval-requests/" + id + "/decision").then().statusCode(200);
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED", "comments", "ok"))
                .post("/approval-requests/" + id + "/decision").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("state", equalTo("APPROVED"));
    }

    @Test
    @DisplayName("an unknown request is a 404 problem; no token is a 401")
    void notFoundAndUnauthenticated() {
        given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .get("/approval-requests/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", startsWith("urn:casework:problem:not-found"));
        given().get("/inbox").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED"))
                .post("/approval-requests/" + UUID.randomUUID() + "/decision").then().statusCode(401);
    }

    @Test
    @DisplayName("issue 8 finding 2: an approver taken off the line decides nothing, though the request was routed to "
            + "them; the team manager above decides it; decisions follow the line as it is when they are made")
    void removedApproverDecidesNothing() {
        String id = requestFrom("north.sw1", "Amelia Hughes");
        setNorthPracticeManager(null);
        try {
            decide("north.pm", id, "APPROVED", "Still mine?").statusCode(403)
                    .body("type", equalTo("urn:casework:problem:not-on-management-line"));
            decide("north.sw2", id, "APPROVED", "A colleague").statusCode(403);
            decide("north.tm", id, "APPROVED", "Decided by the team manager").statusCode(200);
        } finally {
            setNorthPracticeManager("north.pm");
        }
    }

    private static void setNorthPracticeManager(String practiceManager) {
        Map<String, Object> line = new java.util.HashMap<>();
        line.put("name", "North assessment and intervention team");
        line.put("practiceManager", practiceManager);
        line.put("teamManager", "north.tm");
        line.put("seniorManager", "senior.manager");
        line.put("serviceArea", "service-area-1");
        String version = given().header("Authorization", KeycloakTokens.bearer("head.of.service"))
                .get("/organisation/teams/north").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", KeycloakTokens.bearer("head.of.service")).contentType(ContentType.JSON)
                .header("If-Match", version).body(line).put("/organisation/teams/north").then().statusCode(200);
    }

    private static String requestFrom(String author, String authorName) {
        CaseNoteSubmitted note = TestTopics.send(TestTopics.submitted(NoteType.STATUTORY_VISIT, author, authorName,
                "north"));
        return (String) awaitPendingFor("north.pm", note).get("id");
    }

    private static List<Map<String, Object>> unreadAbout(String username, String requestId) {
        String childId = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .get("/approval-requests/" + requestId).then().statusCode(200).extract().path("childId");
        List<Map<String, Object>> unread = given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", childId).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items");
        return unread.stream().filter(n -> requestId.equals(n.get("requestId"))).toList();
    }

    static Map<String, Object> awaitPendingFor(String username, CaseNoteSubmitted note) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> pending = given().header("Authorization", KeycloakTokens.bearer(username))
                    .queryParam("childId", note.childId().toString()).get("/inbox").then().statusCode(200)
                    .extract().path("items");
            return pending.stream().filter(r -> note.noteId().toString().equals(r.get("subjectId"))).findFirst()
                    .orElse(null);
        }, r -> r != null);
    }

    /** The user's decision through the API, with their real token. */
    static ValidatableResponse decide(String username, String id, String outcome, String comments) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "comments", comments))
                .post("/approval-requests/" + id + "/decision")
                .then();
    }
}
