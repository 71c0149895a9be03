package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.TopicProbe;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.note;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.write;
import static io.casework.casenotes.CaseNotesApi.writeStatutoryVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Lifecycle and integrity (001 "Case Record Integrity", 002 s.5): late marks, corrections by amendment and dispute
 * that never change the entry, family notes, the list's filters, and a resubmission announcing the facts as they
 * now stand.
 */
@QuarkusTest
class RecordIntegrityTest {

    static TopicProbe events;
    static String approvalsTopic;

    @BeforeAll
    static void subscribe() {
        var config = ConfigProvider.getConfig();
        events = new TopicProbe(config.getValue("casework.outbox.topic", String.class));
        approvalsTopic = config.getValue("mp.messaging.incoming.approvals-events.topic", String.class);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static String finalised(String child) {
        String note = write("north.sw1", child, note("CASE_NOTE"));
        as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200);
        return note;
    }

    @Test
    @DisplayName("002 s.5: a note first recorded after the authority's timescale is marked late in every listing, "
            + "with its due date, working days late, the rule and the rule data's version (tests judge by Rochdale, "
            + "001: 3 working days)")
    void lateMark() {
        String child = registerChild("north.sw1", "CIN");
        LocalDate monday = LocalDate.of(2025, 11, 3);
        String late = write("north.sw1", child, note("CASE_NOTE", "eventDate", monday.toString(),
                "eventTime", "14:00"));
        String onTime = write("north.sw1", child, note("CASE_NOTE"));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        int expectedLate = calendar.workingDaysBetween(LocalDate.of(2025, 11, 6),
                LocalDate.now(ZoneId.of("Europe/London")));

        JsonPath read = as("north.sw1").get("/case-notes/" + late).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("late.dueDate")).isEqualTo("2025-11-06");
        assertThat(read.getInt("late.workingDaysLate")).isEqualTo(expectedLate);
        assertThat(read.getString("late.ruleId")).isEqualTo("case-note-recording");
        assertThat(read.getString("late.rulesVersion")).isEqualTo(RuleSetRegistry.standard().version());
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200)
                .body("items.find { it.id == '" + late + "' }.late.dueDate", equalTo("2025-11-06"))
                .body("items.find { it.id == '" + onTime + "' }.late", nullValue());
        // Finalising it now does not make it on time, nor judge it again.
        as("north.sw1").post("/case-notes/" + late + "/finalise").then().statusCode(200)
                .body("late.dueDate", equalTo("2025-11-06"));
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\": the team manager corrects a final entry with an amendment naming it "
            + "and the reason, final at once as a management entry; the entry is unchanged and links to it")
    void amendment() {
        String child = registerChild("north.sw1", "CP");
        String original = finalised(child);
        Map<String, Object> correction = Map.of("reason", "The call was with the school nurse, not the teacher",
                "title", "Correction: who was called", "narrative", "The call on this date was with the school nurse.");

        as("north.pm").body(correction).post("/case-notes/" + original + "/amendments").then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-refused"));
        as("north.sw1").body(correction).post("/case-notes/" + original + "/amendments").then().statusCode(403);
        String draft = write("north.sw1", child, note("CASE_NOTE"));
        as("north.tm").body(correction).post("/case-notes/" + draft + "/amendments").then().statusCode(409);

        String key = UUID.randomUUID().toString();
        String amendment = as("north.tm").header("Idempotency-Key", key).body(correction)
                .post("/case-notes/" + original + "/amendments").then().statusCode(201)
                .body("noteType", equalTo("AMENDMENT")).body("status", equalTo("FINAL"))
                .body("managementEntry", equalTo(true)).body("amends.noteId", equalTo(original))
                .body("amends.reason", equalTo("The call was with the school nurse, not the teacher"))
                .body("author.designation", equalTo("Team Manager")).extract().path("id");
        as("north.tm").header("Idempotency-Key", key).body(correction).post("/case-notes/" + original
                + "/amendments").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(amendment));

        as("north.sw1").get("/case-notes/" + original).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("FINAL"))
                .body("narrative", equalTo("What happened, as the worker saw it."))
                .body("amendedBy.noteId", contains(amendment))
                .body("amendedBy[0].recordedBy.username", equalTo("north.tm"));
        EventEnvelope amended = events.awaitEvent("casework.case-notes.case-note-amended", child,
                Duration.ofSeconds(10));
        assertThat(amended.data().path("amendedNoteId").asText()).isEqualTo(original);
        as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("002 s.5, 003 s.5d: a parent's disagreement is recorded in their words as a dispute note linked to "
            + "the entry, through the ordinary lifecycle; a draft cannot be disputed")
    void dispute() {
        String child = registerChild("north.sw1", "CP");
        String visit = writeStatutoryVisit("north.sw1", child);
        Map<String, Object> dispute = Map.of("eventDate", LocalDate.now().toString(), "eventTime", "00:00",
                "title", "Mother disputes the visit record", "narrative", "Ms Test phoned after reading the record.",
                "raisedBy", Map.of("name", "Sarah Test", "relationship", "Mother"),
                "theirWords", "I did not refuse to let the social worker see the bedroom.");
        as("north.sw1").body(dispute).post("/case-notes/" + visit + "/disputes").then().statusCode(409);
        as("north.sw1").post("/case-notes/" + visit + "/submit").then().statusCode(200);

        String disputeNote = as("north.sw1").body(dispute).post("/case-notes/" + visit + "/disputes").then()
                .statusCode(201).body("noteType", equalTo("DISPUTE")).body("status", equalTo("DRAFT"))
                .body("disputes.noteId", equalTo(visit)).body("disputes.raisedBy.relationship", equalTo("Mother"))
                .body("disputes.theirWords", equalTo("I did not refuse to let the social worker see the bedroom."))
                .extract().path("id");
        as("south.sw1").body(dispute).post("/case-notes/" + visit + "/disputes").then().statusCode(403);
        as("north.sw1").get("/case-notes/" + visit).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("disputedBy.noteId", contains(disputeNote));
        // Edited as a draft, keeping what it disputes, then finalised like any note.
        Map<String, Object> edit = note("DISPUTE", "dispute", Map.of("raisedBy", Map.of("name", "Sarah Test",
                "relationship", "Mother"), "theirWords", "I showed her Riley's bedroom myself."));
        as("north.sw1").header("If-Match", "\"1\"").body(edit).put("/case-notes/" + disputeNote).then()
                .statusCode(200).body("disputes.noteId", equalTo(visit))
                .body("disputes.theirWords", equalTo("I showed her Riley's bedroom myself."));
        as("north.sw1").post("/case-notes/" + disputeNote + "/finalise").then().statusCode(200);
        EventEnvelope disputed = events.awaitEvent("casework.case-notes.case-note-disputed", child,
                Duration.ofSeconds(10));
        assertThat(disputed.data().path("disputedNoteId").asText()).isEqualTo(visit);
        assertThat(disputed.data().path("raisedByRelationship").asText()).isEqualTo("Mother");
    }

    @Test
    @DisplayName("001 \"Relevance\", 003 s.4: one note for two children of a family gives each record its own note, "
            + "linked by a family group, showing only that child's own words and whether they were seen")
    void familyNote() {
        String leo = registerChild("north.sw1", "CP");
        String ava = registerChild("north.sw1", "CIN");
        Map<String, Object> visit = new HashMap<>(statutoryVisit());
        visit.put("alsoFor", List.of(Map.of("childId", ava,
                "childsVoice", Map.of("words", "I like my sister's room best.", "howObtained", "Drawing together"),
                "seen", Map.of("statutoryVisit", "CIN", "childSeen", true, "seenAlone", false,
                        "notSeenAloneReason", "Too young to be seen apart from her mother"))));
        JsonPath leos = as("north.sw1").body(visit).post("/children/" + leo + "/case-notes").then()
                .statusCode(201).extract().jsonPath();
        String group = leos.getString("familyGroupId");
        assertThat(group).isNotNull();

        JsonPath avas = as("north.sw1").queryParam("familyGroupId", group).get("/children/" + ava + "/case-notes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(avas.getList("items")).hasSize(1);
        assertThat(avas.getString("items[0].id")).isNotEqualTo(leos.getString("id"));
        assertThat(avas.getString("items[0].childsVoice.words")).isEqualTo("I like my sister's room best.");
        assertThat(avas.getString("items[0].visit.statutoryVisit")).isEqualTo("CIN");
        assertThat(avas.getBoolean("items[0].visit.seenAlone")).isFalse();
        assertThat(avas.getString("items[0].narrative")).isEqualTo(leos.getString("narrative"));
        assertThat(leos.getString("childsVoice.words")).isEqualTo("I like my new bed and I feel safe here.");
        assertThat(avas.prettify()).doesNotContain("I like my new bed");
        // Each has its own lifecycle.
        as("north.sw1").post("/case-notes/" + avas.getString("items[0].id") + "/submit").then().statusCode(200);
        as("north.sw1").get("/case-notes/" + leos.getString("id")).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @DisplayName("001 \"Relevance\": the author must be allowed to write on every child's record, or nothing is "
            + "written")
    void familyNoteAllOrNothing() {
        String mine = registerChild("north.sw1", "CP");
        String theirs = registerChild("south.sw1", "CP");
        Map<String, Object> visit = new HashMap<>(statutoryVisit());
        visit.put("alsoFor", List.of(Map.of("childId", theirs)));
        as("north.sw1").body(visit).post("/children/" + mine + "/case-notes").then().statusCode(403);
        as("north.sw1").get("/children/" + mine + "/case-notes").then().statusCode(200).body("items", empty());
        as("south.sw1").get("/children/" + theirs + "/case-notes").then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("A screen narrows a child's notes by several types, author and significant events")
    void filters() {
        String child = registerChild("north.sw1", "CIN");
        String call = write("north.sw1", child, note("CONTACT", "contact", Map.of("method", "TELEPHONE",
                "withWhom", "Mother")));
        String meeting = write("north.sw1", child, note("PROFESSIONAL_CONTACT", "contact",
                Map.of("method", "OFFICE_MEETING", "withWhom", "School nurse")));
        String byTheManager = write("north.pm", child, note("CASE_NOTE"));
        String significant = write("north.sw1", child, note("CASE_NOTE", "significantEvent",
                Map.of("whatHappened", "Police called to the home", "whoIsAffectedAndHow", "Riley heard it")));
        as("north.sw1").queryParam("noteType", "CONTACT").queryParam("noteType", "PROFESSIONAL_CONTACT")
                .get("/children/" + child + "/case-notes").then().statusCode(200)
                .body("items.id", containsInAnyOrder(call, meeting));
        as("north.sw1").queryParam("author", "north.pm").get("/children/" + child + "/case-notes").then()
                .statusCode(200).body("items.id", contains(byTheManager));
        as("north.sw1").queryParam("significant", "true").get("/children/" + child + "/case-notes").then()
                .statusCode(200).body("items.id", contains(significant));
        as("north.sw1").queryParam("significant", "maybe").get("/children/" + child + "/case-notes").then()
                .statusCode(400);
    }

    @Test
    @DisplayName("003 s.5b: a statutory visit returned and resubmitted as a visit where the child was not seen after "
            + "all announces its facts as they now stand, at its new version")
    void resubmissionAnnouncesTheFactsAsTheyNowStand() {
        String child = registerChild("north.sw1", "CP");
        String note = writeStatutoryVisit("north.sw1", child);
        as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);
        TopicProbe.send(approvalsTopic, child, events.event(new ApprovalDecided(UUID.randomUUID(),
                "STATUTORY_VISIT_OVERSIGHT", UUID.fromString(child), note, Outcome.RETURNED,
                "Was Riley really seen? The school says he was at his grandmother's.", "north.pm", "Priya Shah",
                "Practice Manager", Instant.now()), "/approvals-service", child));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("north.sw1").get("/case-notes/" + note)
                .then().body("status", equalTo("DRAFT")).body("version", equalTo(2)));

        Map<String, Object> corrected = note("VISIT", "visit", Map.of("venue", "Family home",
                "purpose", "CP statutory visit", "childSeen", false,
                "childNotSeenReason", "Riley was at his grandmother's"));
        as("north.sw1").header("If-Match", "\"2\"").body(corrected).put("/case-notes/" + note).then()
                .statusCode(200).body("noteType", equalTo("VISIT"));
        as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<EventEnvelope> visits = events.seen().stream().filter(r -> child.equals(r.key()))
                    .filter(r -> r.value().contains("visit-recorded")).map(r -> new io.casework.contracts.EventCodec()
                            .read(r.value())).toList();
            assertThat(visits).hasSize(2);
            EventEnvelope latest = visits.get(1);
            assertThat(latest.data().path("version").asInt()).isEqualTo(3);
            assertThat(latest.data().path("statutory").asBoolean()).isFalse();
            assertThat(latest.data().path("childSeen").asBoolean()).isFalse();
            assertThat(latest.data().path("noteType").asText()).isEqualTo("VISIT");
        });
        as("north.sw1").header("If-Match", "\"3\"").body(note("CASE_NOTE")).put("/case-notes/" + note).then()
                .statusCode(409);
    }
}
