package io.casework.approvals.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.RestrictedAccessRefused;
import io.casework.testing.EventStreamClient;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live inbox: Server-Sent Events fed from the service's own topic, authenticated by the Authorization header. */
@QuarkusTest
class InboxStreamTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(8);

    @TestHTTPResource("/inbox/stream")
    URI streamUri;

    @Test
    @DisplayName("north.pm's open stream (bearer token in the Authorization header) gets the notification of a "
            + "submitted note within seconds, and never south's")
    void streamDeliversTheNotification() throws Exception {
        try (EventStreamClient northPm = stream(KeycloakTokens.bearer("north.pm"));
             EventStreamClient southPm = stream(KeycloakTokens.bearer("south.pm"))) {
            assertThat(northPm.status()).isEqualTo(200);
            assertThat(northPm.contentType()).startsWith("text/event-stream");
            northPm.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);
            southPm.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);

            CaseNoteSubmitted south = TestTopics.send(
                    TestTopics.submitted(NoteType.STATUTORY_VISIT, "south.sw1", "Jessica Turner", "south"));
            CaseNoteSubmitted north = TestTopics.send(
                    TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes", "north"));

            JsonNode event = northPm.awaitEvent(e -> north.noteId().toString().equals(e.path("subjectId").asText()),
                    FEW_SECONDS);
            assertThat(event.path("type").asText()).isEqualTo("APPROVAL_REQUESTED");
            assertThat(event.path("kind").asText()).isEqualTo("STATUTORY_VISIT_OVERSIGHT");
            assertThat(event.path("assignee").path("username").asText()).isEqualTo("north.pm");
            assertThat(event.path("assignee").path("fullName").asText()).isEqualTo("Daniel Walsh");
            assertThat(event.path("requestedBy").path("username").asText()).isEqualTo("north.sw1");
            assertThat(event.path("requestedBy").path("fullName").asText()).isEqualTo("Amelia Hughes");
            assertThat(event.has("decidedBy")).as("absent until decided").isFalse();
            assertThat(event.path("childId").asText()).isEqualTo(north.childId().toString());

            southPm.awaitEvent(e -> south.noteId().toString().equals(e.path("subjectId").asText()), FEW_SECONDS);
            assertThat(northPm.events()).noneMatch(e -> south.noteId().toString().equals(e.path("subjectId").asText()));
        }
    }

    @Test
    @DisplayName("the requester's stream hears of the decision, with who decided")
    void requesterHearsOfTheDecision() throws Exception {
        try (EventStreamClient worker = stream(KeycloakTokens.bearer("north.sw2"));
             EventStreamClient northPm = stream(KeycloakTokens.bearer("north.pm"))) {
            worker.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);
            northPm.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);
            CaseNoteSubmitted note = TestTopics.send(
                    TestTopics.submitted(NoteType.CASE_NOTE, "north.sw2", "Oliver Bennett", "north"));
            String requestId = northPm.awaitEvent(e -> note.noteId().toString().equals(e.path("subjectId").asText()),
                    FEW_SECONDS).path("requestId").asText();

            given().header("Authorization", KeycloakTokens.bearer("north.pm")).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "APPROVED", "comments", "Clear and analytical."))
                    .post("/approval-requests/" + requestId + "/decision").then().statusCode(200);

            JsonNode decided = worker.awaitEvent(e -> requestId.equals(e.path("requestId").asText())
                    && "APPROVAL_DECIDED".equals(e.path("type").asText()), FEW_SECONDS);
            assertThat(decided.path("outcome").asText()).isEqualTo("APPROVED");
            assertThat(decided.path("decidedBy").path("username").asText()).isEqualTo("north.pm");
            assertThat(decided.path("decidedBy").path("fullName").asText()).isEqualTo("Daniel Walsh");
            assertThat(decided.path("decidedBy").path("designation").asText()).isEqualTo("Practice Manager");
        }
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": the area's senior manager's open stream shows the alert of a "
            + "refused attempt on a restricted record, with the attempt and no request")
    void streamShowsTheAlert() throws Exception {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Child " + child, "lcs-practice-guide", "north",
                "north.sw1", "CIN", LocalDate.now().minusDays(7)), child);
        try (EventStreamClient manager = stream(KeycloakTokens.bearer("senior.manager"))) {
            manager.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);
            UUID attempt = UUID.randomUUID();
            TestRunTopics.publishAsOwner(new RestrictedAccessRefused(attempt, child, "deadlines-service", "north.pm",
                    "Daniel Walsh", "Practice Manager", "north", "GET /deadlines/v1/deadlines", "record.read",
                    Instant.now()), child);
            JsonNode alert = manager.awaitEvent(e -> child.toString().equals(e.path("childId").asText()),
                    FEW_SECONDS);
            assertThat(alert.path("type").asText()).isEqualTo("RESTRICTED_ACCESS_REFUSED");
            assertThat(alert.path("attempt").path("attemptId").asText()).isEqualTo(attempt.toString());
            assertThat(alert.path("attempt").path("attemptedBy").path("username").asText()).isEqualTo("north.pm");
            assertThat(alert.path("attempt").path("service").asText()).isEqualTo("deadlines-service");
            assertThat(alert.has("requestId")).as("an alert is about an attempt, not a request").isFalse();
        }
    }

    @Test
    @DisplayName("an idle stream gets a heartbeat comment, so proxies keep it open (every second in tests)")
    void idleStreamGetsHeartbeats() throws Exception {
        try (EventStreamClient idle = stream(KeycloakTokens.bearer("iro.one"))) {
            idle.awaitLine(line -> line.startsWith(":") && line.contains("keep-alive"), Duration.ofSeconds(5));
        }
    }

    @Test
    @DisplayName("the stream needs a bearer token in the Authorization header: none, or one in the URL, is a 401")
    void streamNeedsAToken() throws Exception {
        given().accept("text/event-stream").get("/inbox/stream").then().statusCode(401);
        String token = KeycloakTokens.accessToken("north.pm");
        given().accept("text/event-stream").queryParam("access_token", token).get("/inbox/stream")
                .then().statusCode(401);
        try (EventStreamClient forged = stream("Bearer " + token.substring(0, token.length() - 4) + "AAAA")) {
            assertThat(forged.status()).isEqualTo(401);
        }
    }

    @Test
    @DisplayName("issue 9 finding 5: a live stream ends when the token that opened it expires, saying so")
    void streamEndsWithItsToken() throws Exception {
        // casework-short-lived issues tokens for 2 seconds.
        String shortLived = KeycloakTokens.fromClient("casework-short-lived", "north.pm");
        try (EventStreamClient stream = stream("Bearer " + shortLived)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitLine(line -> line.matches("event: ?token-expired"), Duration.ofSeconds(10)))
                    .isNotNull();
        }
    }

    @Test
    @DisplayName("issue 9 finding 5: one person holds at most 5 live streams; one more is refused with 429 until one "
            + "closes")
    void streamsPerPersonAreCapped() throws Exception {
        List<EventStreamClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(stream(KeycloakTokens.bearer("south.tm")));
                assertThat(streams.get(i).status()).isEqualTo(200);
            }
            try (EventStreamClient sixth = stream(KeycloakTokens.bearer("south.tm"))) {
                assertThat(sixth.status()).isEqualTo(429);
            }
            streams.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (EventStreamClient again = stream(KeycloakTokens.bearer("south.tm"))) {
                    assertThat(again.status()).isEqualTo(200);
                }
            });
        } finally {
            for (EventStreamClient stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    @DisplayName("issue 9: a client that reconnects with Last-Event-ID gets every notification it missed, once and in "
            + "order, then the new ones")
    void reconnectionResumesAfterTheLastEvent() throws Exception {
        UUID child = UUID.randomUUID();
        JsonNode first;
        try (EventStreamClient stream = stream(KeycloakTokens.bearer("north.pm"))) {
            stream.awaitLine(line -> line.startsWith(":") && line.contains("connected"), FEW_SECONDS);
            CaseNoteSubmitted before = submitFor(child);
            first = stream.awaitEvent(e -> before.noteId().toString().equals(e.path("subjectId").asText()),
                    FEW_SECONDS);
        }
        // Missed while disconnected.
        List<String> missed = List.of(submitFor(child).noteId().toString(), submitFor(child).noteId().toString());
        await().atMost(FEW_SECONDS).until(() -> given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().<List<String>>path("items").size() == 3);

        try (EventStreamClient resumed = stream(KeycloakTokens.bearer("north.pm"),
                first.path("sequence").asText())) {
            assertThat(resumed.status()).isEqualTo(200);
            String after = submitFor(child).noteId().toString();
            resumed.awaitEvent(e -> after.equals(e.path("subjectId").asText()), FEW_SECONDS);

            List<JsonNode> events = resumed.events();
            List<Long> sequences = events.stream().map(e -> e.path("sequence").asLong()).toList();
            assertThat(sequences).as("consecutive from the one after Last-Event-ID, none twice")
                    .first().isEqualTo(first.path("sequence").asLong() + 1);
            for (int i = 1; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(sequences.get(i - 1) + 1);
            }
            assertThat(events.stream().map(e -> e.path("subjectId").asText())
                    .filter(subject -> missed.contains(subject) || subject.equals(after)).toList())
                    .containsExactly(missed.get(0), missed.get(1), after);
        }
    }

    @Test
    @DisplayName("issue 9: a Last-Event-ID that is not a number this stream issued is a 400 problem")
    void malformedLastEventIdIsRefused() throws Exception {
        try (EventStreamClient stream = stream(KeycloakTokens.bearer("north.pm"), "yesterday")) {
            assertThat(stream.status()).isEqualTo(400);
        }
    }

    private static CaseNoteSubmitted submitFor(UUID child) {
        return TestTopics.send(TestTopics.submitted(child, NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes", "north"));
    }

    private EventStreamClient stream(String authorization) {
        return EventStreamClient.open(streamUri.toString(), authorization);
    }

    private EventStreamClient stream(String authorization, String lastEventId) {
        return EventStreamClient.open(streamUri.toString(), authorization, lastEventId);
    }
}
