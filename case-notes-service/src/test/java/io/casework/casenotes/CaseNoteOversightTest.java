package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.writeStatutoryVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CaseNoteOversightTest {

    static TopicProbe events;
    static TopicProbe deadLetters;
    static String approvalsTopic;

    @BeforeAll
    static void subscribe() {
        var config = ConfigProvider.getConfig();
        events = new TopicProbe(config.getValue("casework.outbox.topic", String.class));
        deadLetters = new TopicProbe(config.getValue(
                "mp.messaging.incoming.approvals-events.dead-letter-queue.topic", String.class));
        approvalsTopic = config.getValue("mp.messaging.incoming.approvals-events.topic", String.class);
    }

    @AfterAll
    static void close() {
        events.close();
        deadLetters.close();
    }

    private static String submittedVisit(String childId) {
        String noteId = writeStatutoryVisit("north.sw1", childId);
        as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return noteId;
    }

    private static String decision(String childId, String noteId, String outcome, String decidedBy, String comments) {
        ApprovalDecided decided = new ApprovalDecided(UUID.randomUUID(), "STATUTORY_VISIT_OVERSIGHT",
                UUID.fromString(childId), noteId, Outcome.valueOf(outcome), comments, decidedBy, "Priya Shah", "Practice Manager",
                Instant.now());
        return events.event(decided, "/approvals-service", childId);
    }

    @Test
    @DisplayName("004: a submitted statutory visit is announced for oversight and as a visit; its author can no longer edit it")
    void submitForOversight() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);

        EventEnvelope submitted = events.awaitEvent("casework.case-notes.case-note-submitted", childId,
                Duration.ofSeconds(10));
        assertThat(submitted.data().path("noteId").asText()).isEqualTo(noteId);
        assertThat(submitted.data().path("noteType").asText()).isEqualTo("STATUTORY_VISIT");
        EventEnvelope visit = events.awaitEvent("casework.case-notes.visit-recorded", childId, Duration.ofSeconds(10));
        assertThat(visit.data().path("statutory").asBoolean()).isTrue();

        as("north.sw1").body(statutoryVisit()).put("/case-notes/" + noteId).then().statusCode(409)
                .contentType("application/problem+json");
        as("north.sw1").post("/case-notes/" + noteId + "/finalise").then().statusCode(409);
        as("north.sw1").get("/case-notes/" + noteId).then().statusCode(200)
                .body("author.username", equalTo("north.sw1"))
                .body("author.designation", equalTo("Social Worker"))
                .body("childsVoice.words", equalTo("I like my new bed and I feel safe here."));
    }

    @Test
    @DisplayName("003 s.5b: an incomplete visit record cannot be submitted, and the problem names the fields")
    void incompleteVisitRefused() {
        String childId = registerChild("north.sw1", "CP");
        Map<String, Object> note = new HashMap<>(statutoryVisit());
        note.put("visit", Map.of("venue", "Home", "purpose", "Visit", "childSeen", true));
        String noteId = as("north.sw1").body(note).post("/children/" + childId + "/case-notes")
                .then().statusCode(201).extract().path("id");
        as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("visit.seenAlone"))
                .body("violations.field", hasItem("visit.bedroomSeen"));
        as("north.sw1").get("/case-notes/" + noteId).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @DisplayName("001/003 s.5i: an approval writes a management entry attributed to the manager and finalises the note; a redelivery changes nothing")
    void approvalFinalises() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);
        String approved = decision(childId, noteId, "APPROVED", "north.pm", "Good visit; child's views well captured.");

        TopicProbe.send(approvalsTopic, childId, approved);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as("north.sw1").get("/case-notes/" + noteId).then().body("status", equalTo("FINAL")));
        TopicProbe.send(approvalsTopic, childId, approved);

        events.awaitEvent("casework.case-notes.case-note-finalised", childId, Duration.ofSeconds(10));
        // A second, different, event after the redelivery shows the redelivery has been consumed by now.
        String later = registerChild("north.sw1", "CIN");
        String laterNote = submittedVisit(later);
        TopicProbe.send(approvalsTopic, later, decision(later, laterNote, "APPROVED", "north.pm", "Fine."));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as("north.sw1").get("/case-notes/" + laterNote).then().body("status", equalTo("FINAL")));

        List<Map<String, Object>> entries = as("north.pm").get("/case-notes/" + noteId)
                .then().statusCode(200).extract().path("managementEntries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("outcome", "APPROVED")
                .containsEntry("comments", "Good visit; child's views well captured.");
        assertThat(entries.get(0).get("decidedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("username", "north.pm").containsEntry("designation", "Practice Manager");
        long finalised = events.seen().stream().filter(r -> childId.equals(r.key()))
                .filter(r -> r.value().contains("case-note-finalised")).count();
        assertThat(finalised).isEqualTo(1);
        as("north.sw1").body(statutoryVisit()).put("/case-notes/" + noteId).then().statusCode(409);
    }

    @Test
    @DisplayName("A returned note becomes a new draft version carrying the manager's comments; every version is kept")
    void returnKeepsEveryVersion() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);
        TopicProbe.send(approvalsTopic, childId,
                decision(childId, noteId, "RETURNED", "north.pm", "Please add the school's view."));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as("north.sw1").get("/case-notes/" + noteId).then()
                        .body("status", equalTo("DRAFT")).body("version", equalTo(2))
                        .body("returnComments", equalTo("Please add the school's view.")));
        // Edited from what the worker last read: version 2, the returned one.
        as("north.sw1").header("If-Match", "\"2\"").body(statutoryVisit()).put("/case-notes/" + noteId).then()
                .statusCode(200).header("ETag", "\"3\"").body("version", equalTo(3));
        List<Integer> versions = as("north.sw1").get("/case-notes/" + noteId + "/versions")
                .then().statusCode(200).extract().path("items.version");
        assertThat(versions).containsExactly(1, 2, 3);
        events.awaitEvent("casework.case-notes.case-note-returned", childId, Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("Nobody approves their own note: such a decision is dead-lettered and the note stays submitted")
    void selfApprovalRefused() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);
        TopicProbe.send(approvalsTopic, childId, decision(childId, noteId, "APPROVED", "north.sw1", "Self"));

        ConsumerRecord<String, String> dead = deadLetters.await(r -> childId.equals(r.key()), Duration.ofSeconds(15));
        assertThat(reason(dead)).contains("own note");
        as("north.sw1").get("/case-notes/" + noteId).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    @DisplayName("A malformed record goes to the dead-letter topic with its reason and the next good record is applied")
    void malformedRecordDeadLettered() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);
        TopicProbe.send(approvalsTopic, childId, "{\"this is\": \"not an event\"");
        TopicProbe.send(approvalsTopic, childId, decision(childId, noteId, "APPROVED", "north.pm", "OK"));

        ConsumerRecord<String, String> dead = deadLetters.await(
                r -> childId.equals(r.key()) && r.value().contains("not an event"), Duration.ofSeconds(15));
        assertThat(reason(dead)).contains("not JSON");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as("north.sw1").get("/case-notes/" + noteId).then().body("status", equalTo("FINAL")));
    }

    @Test
    @DisplayName("The trace of the manager's decision continues into the events its effect publishes")
    void traceContextTravelsThroughTheConsumer() {
        String childId = registerChild("north.sw1", "CP");
        String noteId = submittedVisit(childId);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ApprovalDecided decided = new ApprovalDecided(UUID.randomUUID(), "STATUTORY_VISIT_OVERSIGHT",
                UUID.fromString(childId), noteId, Outcome.APPROVED, "Fine.", "north.pm", "Daniel Walsh", "Practice Manager",
                Instant.now());
        TopicProbe.send(approvalsTopic, childId,
                events.event(decided, "/approvals-service", childId, "00-" + traceId + "-00f067aa0ba902b7-01"));

        EventEnvelope finalised = events.awaitEvent("casework.case-notes.case-note-finalised", childId,
                Duration.ofSeconds(10));
        assertThat(finalised.traceparent()).startsWith("00-" + traceId + "-");
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("issue 10: a draft changes only from its current version: without If-Match 428, from an old one 412, "
            + "and neither adds a version")
    void editsNameTheVersionTheyWereMadeFrom() {
        String child = registerChild("north.sw1", "CP");
        String note = as("north.sw1").body(statutoryVisit()).post("/children/" + child + "/case-notes").then()
                .statusCode(201).extract().path("id");
        String first = as("north.sw1").get("/case-notes/" + note).then().statusCode(200).extract().header("ETag");
        assertThat(first).isEqualTo("\"1\"");

        as("north.sw1").body(statutoryVisit()).put("/case-notes/" + note).then().statusCode(428)
                .body("type", equalTo("urn:casework:problem:precondition-required"));
        as("north.sw1").header("If-Match", first).body(statutoryVisit()).put("/case-notes/" + note).then()
                .statusCode(200).header("ETag", "\"2\"");
        // The same change again, as a retry or a second tab would send it: refused, nothing added.
        as("north.sw1").header("If-Match", first).body(statutoryVisit()).put("/case-notes/" + note).then()
                .statusCode(412).body("type", equalTo("urn:casework:problem:precondition-failed"));
        List<Integer> versions = as("north.sw1").get("/case-notes/" + note + "/versions").then().statusCode(200)
                .extract().path("items.version");
        assertThat(versions).containsExactly(1, 2);
        // Someone who may not write the note is refused for that, whatever If-Match says.
        as("south.sw1").body(statutoryVisit()).put("/case-notes/" + note).then().statusCode(403);
    }

    @Test
    @DisplayName("issue 10: a submission retried with its Idempotency-Key answers what the first one did; without a "
            + "key the retry is refused, the note being submitted already")
    void submissionRetriedWithItsKey() {
        String child = registerChild("north.sw1", "CP");
        String note = as("north.sw1").body(statutoryVisit()).post("/children/" + child + "/case-notes").then()
                .statusCode(201).extract().path("id");
        String key = java.util.UUID.randomUUID().toString();
        as("north.sw1").header("Idempotency-Key", key).post("/case-notes/" + note + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        as("north.sw1").header("Idempotency-Key", key).post("/case-notes/" + note + "/submit").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("SUBMITTED"));
        as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(409);
    }
}
