package io.casework.approvals.event;

import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The case-notes consumer: at most once per event, and what it cannot apply goes to the dead-letter topic. */
@QuarkusTest
class CaseNoteEventConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    @DisplayName("a redelivered CaseNoteSubmitted (same envelope twice) makes one request and one notification")
    void redeliveryChangesNothing() {
        UUID child = UUID.randomUUID();
        CaseNoteSubmitted note = TestTopics.submitted(child, NoteType.STATUTORY_VISIT, "north.sw1",
                "Amelia Hughes", "north");
        String envelope = TestTopics.envelope(note);
        TopicProbe.send(TestTopics.caseNotes(), child.toString(), envelope);
        TopicProbe.send(TestTopics.caseNotes(), child.toString(), envelope);
        // Same key, same partition: once the marker is applied, both copies before it have been handled.
        CaseNoteSubmitted marker = TestTopics.send(
                TestTopics.submitted(child, NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes", "north"));
        awaitPending(marker);

        assertThat(pendingFor(note)).hasSize(1);
        List<String> notifications = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items.requestId");
        String requestId = (String) pendingFor(note).get(0).get("id");
        assertThat(notifications.stream().filter(requestId::equals)).hasSize(1);
    }

    @Test
    @DisplayName("a malformed record goes to the dead-letter topic with a dead-letter-reason, and the next good "
            + "record is still applied")
    void malformedRecordIsDeadLettered() {
        UUID child = UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(TestTopics.deadLetters())) {
            TopicProbe.send(TestTopics.caseNotes(), child.toString(), "{\"type\": \"casework.case-notes.case-n");
            CaseNoteSubmitted good = TestTopics.send(
                    TestTopics.submitted(child, NoteType.STATUTORY_VISIT, "north.sw2", "Oliver Bennett", "north"));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> child.toString().equals(r.key()), WAIT);
            assertThat(header(dead, "dead-letter-reason")).contains("not JSON");
            awaitPending(good);
        }
    }

    @Test
    @DisplayName("a note from a team with no approver configured goes to the dead-letter topic, saying so")
    void unroutableNoteIsDeadLettered() {
        UUID child = UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(TestTopics.deadLetters())) {
            TestTopics.send(TestTopics.submitted(child, NoteType.STATUTORY_VISIT, "west.sw1", "Wendy West", "west"));
            CaseNoteSubmitted good = TestTopics.send(
                    TestTopics.submitted(child, NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes", "north"));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> child.toString().equals(r.key()), WAIT);
            assertThat(header(dead, "dead-letter-reason")).contains("no approver configured for team 'west'");
            awaitPending(good);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void awaitPending(CaseNoteSubmitted note) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> !pendingFor(note).isEmpty());
    }

    private static List<Map<String, Object>> pendingFor(CaseNoteSubmitted note) {
        List<Map<String, Object>> pending = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", note.childId().toString()).get("/inbox").then().statusCode(200)
                .extract().path("items");
        return pending.stream().filter(r -> note.noteId().toString().equals(r.get("subjectId"))).toList();
    }
}
