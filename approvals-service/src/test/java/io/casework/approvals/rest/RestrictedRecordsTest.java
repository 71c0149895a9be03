package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.RestrictedAccessRefused;
import io.casework.contracts.events.RestrictionRequested;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.approvals.rest.OversightRequestsTest.decide;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * 001 "Restricted Records", DOMAIN.md rule 9, ACCESS-RULES.md "Restricted child" in approvals-service: a restriction
 * request routed to the head of service and decided at the decision endpoint; a refused attempt alerting the manager
 * for the area in their inbox; a decision about a restricted child rerouted from someone off its list to the team
 * manager. The events arrive as case-notes-service publishes them.
 */
@QuarkusTest
class RestrictedRecordsTest {

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
    @DisplayName("001 \"Restricted Records\": north.sw1's request reaches head.of.service's inbox (not north.tm's) "
            + "with its fields and nothing of the record; reasons are required; head.of.service's approval is "
            + "published for case-notes-service to apply; north.tm cannot decide it")
    void requestDecidedByTheHeadOfService() {
        RestrictionRequested asked = send(requested("north.sw1", "Amelia Hughes", "OTHER"));
        Map<String, Object> request = awaitPendingFor("head.of.service", asked);
        assertThat(request).containsEntry("kind", "RESTRICT_RECORD")
                .containsEntry("childId", asked.childId().toString())
                .containsEntry("restriction", Map.of("restriction", "OTHER", "reasons", asked.reasons()));
        assertThat(pendingFor("north.tm", asked.childId(), asked.restrictionRequestId().toString())).isEmpty();
        String id = (String) request.get("id");

        decide("north.tm", id, "APPROVED", "Agreed").statusCode(403)
                .body("type", equalTo("urn:casework:problem:not-on-management-line"));
        decide("head.of.service", id, "APPROVED", " ").statusCode(400);
        decide("head.of.service", id, "APPROVED", "Agreed: her colleagues must not read the record")
                .statusCode(200).body("state", equalTo("APPROVED"))
                .body("restriction.restriction", equalTo("OTHER"));

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(),
                asked.childId().toString(), WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("RESTRICT_RECORD");
        assertThat(decided.subjectId()).isEqualTo(asked.restrictionRequestId().toString());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("head.of.service");
    }

    @Test
    @DisplayName("001 \"Restricted Records\": a request to lift a restriction is open to the head of service who "
            + "decides it and to those on the record's list; north.pm and senior.manager, off the list, are refused")
    void liftRequestClosedToThoseOffTheList() {
        UUID child = registered("north");
        TestRunTopics.publishAsOwner(new ChildRestrictionChanged(child, "OTHER", "NONE", 2, "head.of.service",
                Instant.now()), child);
        RestrictionRequested asked = send(new RestrictionRequested(UUID.randomUUID(), child, "NONE",
                "The mother has left the north team", "north", "north.sw1", "Amelia Hughes", "Social Worker",
                Instant.now()));
        String id = (String) awaitPendingFor("head.of.service", asked).get("id");
        for (String onTheList : List.of("head.of.service", "north.sw1", "north.tm")) {
            given().header("Authorization", KeycloakTokens.bearer(onTheList)).get("/approval-requests/" + id)
                    .then().statusCode(200).body("restriction.restriction", equalTo("NONE"));
        }
        for (String offTheList : List.of("north.pm", "senior.manager")) {
            given().header("Authorization", KeycloakTokens.bearer(offTheList)).get("/approval-requests/" + id)
                    .then().statusCode(403).body("type", equalTo("urn:casework:problem:access-refused"));
        }
        decide("head.of.service", id, "APPROVED", "She has left: the record can be open to the team again")
                .statusCode(200);
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": a refused attempt on a north child reaches senior.manager, the "
            + "manager for the area, as an alert in the inbox (who, what, which service); the same attempt "
            + "announced again alerts once")
    void refusedAttemptAlertsTheAreaManager() {
        UUID child = registered("north");
        RestrictedAccessRefused attempt = new RestrictedAccessRefused(UUID.randomUUID(), child, "visits-service",
                "north.pm", "Daniel Walsh", "Practice Manager", "north", "GET /visits/v1/children/" + child
                + "/visits", "record.read", Instant.parse("2026-03-04T14:30:00Z"));
        TestRunTopics.publishAsOwner(attempt, child);
        TestRunTopics.publishAsOwner(attempt, child);

        List<Map<String, Object>> alerts = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> notifications("senior.manager", child), found -> !found.isEmpty());
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert).containsEntry("type", "RESTRICTED_ACCESS_REFUSED").containsEntry("requestId", null);
            assertThat(alert.get("message")).asString().contains("Daniel Walsh").contains("visits-service");
            assertThat(alert.get("attempt")).isEqualTo(Map.of("attemptId", attempt.attemptId().toString(),
                    "attemptedBy", Map.of("username", "north.pm", "fullName", "Daniel Walsh",
                            "designation", "Practice Manager", "team", "north"),
                    "action", attempt.action(), "accessClass", "record.read", "service", "visits-service",
                    "at", "2026-03-04T14:30:00Z"));
        });
        // Another attempt is another alert; the first was not repeated.
        TestRunTopics.publishAsOwner(new RestrictedAccessRefused(UUID.randomUUID(), child, "case-notes-service",
                "north.sw2", "Oliver Bennett", "Social Worker", "north", "getChild", "record.read", Instant.now()),
                child);
        await().atMost(WAIT).until(() -> notifications("senior.manager", child).size() == 2);
        assertThat(notifications("head.of.service", child)).isEmpty();
    }

    @Test
    @DisplayName("001 \"Restricted Records\", DOMAIN.md rule 9: a statutory visit note on a restricted child goes "
            + "to north.tm, not to north.pm who is off the list; north.pm may not read or decide it; on an "
            + "unrestricted child it goes to north.pm as before")
    void oversightReroutedToTheTeamManager() {
        UUID restricted = registered("north");
        TestRunTopics.publishAsOwner(new ChildRestrictionChanged(restricted, "OTHER", "NONE", 2, "head.of.service",
                Instant.now()), restricted);
        CaseNoteSubmitted note = TestTopics.send(TestTopics.submitted(restricted, NoteType.STATUTORY_VISIT,
                "north.sw1", "Amelia Hughes", "north"));
        Map<String, Object> request = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("north.tm", restricted, note.noteId().toString()), found -> !found.isEmpty())
                .get(0);
        assertThat(pendingFor("north.pm", restricted, note.noteId().toString())).isEmpty();
        String id = (String) request.get("id");
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).get("/approval-requests/" + id).then()
                .statusCode(403).body("type", equalTo("urn:casework:problem:access-refused"));
        decide("north.pm", id, "APPROVED", "Seen").statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-refused"));
        decide("north.tm", id, "APPROVED", "Seen and agreed").statusCode(200);

        UUID open = registered("north");
        CaseNoteSubmitted other = TestTopics.send(TestTopics.submitted(open, NoteType.STATUTORY_VISIT,
                "north.sw1", "Amelia Hughes", "north"));
        await().atMost(WAIT).until(() -> !pendingFor("north.pm", open, other.noteId().toString()).isEmpty());
    }

    @Test
    @DisplayName("001 \"Restricted Records\": a request routed to north.pm before the record was restricted moves "
            + "to north.tm when the restriction arrives; north.pm's notice of it is read")
    void pendingRequestMovesWhenTheRecordIsRestricted() {
        UUID child = registered("north");
        CaseNoteSubmitted note = TestTopics.send(TestTopics.submitted(child, NoteType.STATUTORY_VISIT,
                "north.sw1", "Amelia Hughes", "north"));
        await().atMost(WAIT).until(() -> !pendingFor("north.pm", child, note.noteId().toString()).isEmpty());

        TestRunTopics.publishAsOwner(new ChildRestrictionChanged(child, "ADOPTION", "NONE", 2, "head.of.service",
                Instant.now()), child);
        await().atMost(WAIT).until(() -> !pendingFor("north.tm", child, note.noteId().toString()).isEmpty());
        assertThat(pendingFor("north.pm", child, note.noteId().toString())).isEmpty();
        List<Map<String, Object>> unread = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items");
        assertThat(unread).isEmpty();
        given().header("Authorization", KeycloakTokens.bearer("north.tm")).queryParam("childId", child.toString())
                .get("/inbox/notifications").then().statusCode(200)
                .body("items[0].type", equalTo("APPROVAL_REQUESTED"));
    }

    private static UUID registered(String team) {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Child " + child, "lcs-practice-guide", team,
                team + ".sw1", "CIN", LocalDate.now().minusDays(7)), child);
        return child;
    }

    private static RestrictionRequested requested(String requester, String name, String restriction) {
        return new RestrictionRequested(UUID.randomUUID(), UUID.randomUUID(), restriction,
                "The child's mother has joined the north team", "north", requester, name, "Social Worker",
                Instant.now());
    }

    private static RestrictionRequested send(RestrictionRequested asked) {
        TestRunTopics.publishAsOwner(asked, asked.childId());
        return asked;
    }

    private static List<Map<String, Object>> notifications(String username, UUID child) {
        List<Map<String, Object>> items = given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(n -> "RESTRICTED_ACCESS_REFUSED".equals(n.get("type"))).toList();
    }

    private static List<Map<String, Object>> pendingFor(String username, UUID child, String subject) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", child.toString()).get("/inbox").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .filter(r -> subject.equals(r.get("subjectId"))).toList();
    }

    private static Map<String, Object> awaitPendingFor(String username, RestrictionRequested asked) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor(username, asked.childId(), asked.restrictionRequestId().toString()).stream()
                        .findFirst().orElse(null), r -> r != null);
    }
}
