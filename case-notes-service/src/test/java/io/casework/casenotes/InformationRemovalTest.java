package io.casework.casenotes;

import io.casework.casenotes.chain.RemovedContent;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Removing factually inaccurate personal information (002 s.5 and the guidance it names) through the API with real
 * tokens: the request, published for approvals-service; the manager's decision, arriving as approvals-service
 * publishes it; and the record afterwards: the content gone, the removal's facts shown in its place, the entry still
 * in its place and the chain still verifying (001 "Case Record Integrity"). Then what the database itself allows the
 * runtime role to do, and refuses.
 */
@QuarkusTest
class InformationRemovalTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String INACCURATE = "Mrs Jones next door told me about her heart condition.";
    private static final String NARRATIVE = "Visited at home. " + INACCURATE + " Riley showed me their drawings.";
    private static final String WORDS = "Mrs Jones is poorly, she said so.";
    private static final String STATEMENT = "Mrs Jones next door has a heart condition, her husband told me.";
    private static final String PARENTS_VIEW = "Mother says Mrs Jones's illness frightens Riley.";

    static TopicProbe events;
    static TopicProbe deadLetters;

    @BeforeAll
    static void subscribe() {
        Config config = ConfigProvider.getConfig();
        events = new TopicProbe(config.getValue("casework.outbox.topic", String.class));
        deadLetters = new TopicProbe(config.getValue(
                "mp.messaging.incoming.approvals-events.dead-letter-queue.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
        deadLetters.close();
    }

    @Test
    @DisplayName("002 s.5, DOMAIN rule 20: a request is PENDING and published for a manager, naming the parts and "
            + "why but never their content; a retry with its Idempotency-Key answers the same")
    void requestIsPublishedForADecision() {
        String child = registerChild("north.sw1", "CP");
        String note = finalNote(child);
        String key = UUID.randomUUID().toString();

        JsonPath request = as("north.sw1").header("Idempotency-Key", key).body(removal(1, "NARRATIVE", "CHILDS_WORDS"))
                .post("/case-notes/" + note + "/removal-requests").then().statusCode(202)
                .body("state", equalTo("PENDING"))
                .body("decision", nullValue())
                .body("fields", equalTo(List.of("NARRATIVE", "CHILDS_WORDS")))
                .body("requestedBy.username", equalTo("north.sw1"))
                .body("requestedBy.designation", equalTo("Social Worker"))
                .body("criteria.ground", equalTo("RECORDED_ON_WRONG_RECORD"))
                .extract().jsonPath();
        as("north.sw1").header("Idempotency-Key", key).body(removal(1, "NARRATIVE", "CHILDS_WORDS"))
                .post("/case-notes/" + note + "/removal-requests").then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(request.getString("id")));

        EventEnvelope published = events.awaitEvent("casework.case-notes.information-removal-requested", child, WAIT);
        assertThat(published.data().path("removalRequestId").asText()).isEqualTo(request.getString("id"));
        assertThat(published.data().path("team").asText()).isEqualTo("north");
        assertThat(published.data().path("informationKind").asText()).isEqualTo("HEALTH");
        assertThat(published.data().toString()).doesNotContain("heart condition").doesNotContain(WORDS);

        // Nothing is removed before a manager decides; the note's requests list it as pending.
        as("north.sw1").get("/case-notes/" + note).then().statusCode(200).body("narrative", equalTo(NARRATIVE))
                .body("removedInformation", equalTo(List.of()));
        as("north.pm").get("/case-notes/" + note + "/removal-requests").then().statusCode(200)
                .body("items.id", equalTo(List.of(request.getString("id"))))
                .body("items[0].state", equalTo("PENDING"));
    }

    @Test
    @DisplayName("002 s.5, 001 Case Record Integrity: once north.tm approves, exactly the named parts of the named "
            + "version show a marker and the removal's facts, never the text; the note keeps its place; the chain "
            + "verifies")
    void approvedRemovalRedactsAndTheChainVerifies() {
        String child = registerChild("north.sw1", "CP");
        String note = finalNote(child);
        String removalRequest = request(note, "NARRATIVE", "CHILDS_WORDS");
        UUID approval = decide(child, removalRequest, Outcome.APPROVED, "north.tm",
                "The criteria are met: a neighbour's health, recorded here by mistake; nothing rests on it.");

        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/case-notes/" + note).then()
                .body("narrative", equalTo(RemovedContent.MARKER)));
        String body = as("north.sw1").get("/case-notes/" + note).then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("version", equalTo(1))
                .body("title", equalTo("Home visit"))
                .body("childsVoice.words", equalTo(RemovedContent.MARKER))
                .body("childsVoice.howObtained", equalTo("Alone in their bedroom"))
                .body("removedInformation.field", equalTo(List.of("NARRATIVE", "CHILDS_WORDS")))
                .body("removedInformation[0].informationKind", equalTo("HEALTH"))
                .body("removedInformation[0].concerns", equalTo("THIRD_PARTY"))
                .body("removedInformation[0].requestedBy.username", equalTo("north.sw1"))
                .body("removedInformation[0].decidedBy.username", equalTo("north.tm"))
                .body("removedInformation[0].decidedBy.designation", equalTo("Team Manager"))
                .body("removedInformation[0].approvalRequestId", equalTo(approval.toString()))
                .body("removedInformation[0].removalRequestId", equalTo(removalRequest))
                .body("managementEntries.kind", hasItem("REMOVE_INACCURATE_INFORMATION"))
                .extract().asString();
        assertThat(body).doesNotContain("heart condition").doesNotContain(WORDS);

        // Every way of reading the note shows the same: its versions, and the child's list of notes.
        String versions = as("north.sw1").get("/case-notes/" + note + "/versions").then().statusCode(200)
                .body("items[0].narrative", equalTo(RemovedContent.MARKER))
                .body("items[0].removedInformation.field", equalTo(List.of("NARRATIVE", "CHILDS_WORDS")))
                .extract().asString();
        String listed = as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200)
                .body("items[0].narrative", equalTo(RemovedContent.MARKER))
                .body("items[0].removedInformation[0].decidedBy.username", equalTo("north.tm"))
                .extract().asString();
        assertThat(versions + listed).doesNotContain("heart condition");
        as("north.sw1").get("/case-notes/" + note + "/removal-requests").then().statusCode(200)
                .body("items[0].state", equalTo("APPROVED"))
                .body("items[0].decision.outcome", equalTo("APPROVED"))
                .body("items[0].decision.decidedBy.username", equalTo("north.tm"))
                .body("items[0].decision.approvalRequestId", equalTo(approval.toString()));

        EventEnvelope removed = events.awaitEvent("casework.case-notes.information-removed", child, WAIT);
        assertThat(removed.data().path("removalRequestId").asText()).isEqualTo(removalRequest);
        assertThat(removed.data().path("decidedBy").asText()).isEqualTo("north.tm");
        assertThat(removed.data().toString()).doesNotContain("heart condition");

        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBreak", nullValue());
        assertThat(ownerCount("select count(*) from information_removal where note_id = '" + note + "'"))
                .isEqualTo(1);
        assertThat(ownerCount("select count(*) from case_note_version where note_id = '" + note
                + "' and narrative like '%heart condition%'")).as("the text is gone from the database").isZero();
    }

    @Test
    @DisplayName("002 s.5: a rejected request changes nothing of the note; the chain verifies; the parts may be "
            + "asked about again")
    void rejectedRequestLeavesTheContent() {
        String child = registerChild("north.sw1", "CP");
        String note = finalNote(child);
        String removalRequest = request(note, "NARRATIVE");
        decide(child, removalRequest, Outcome.RETURNED, "north.tm",
                "This is the neighbour's account as given at the visit; record a correction instead.");

        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/case-notes/" + note + "/removal-requests")
                .then().body("items[0].state", equalTo("REJECTED")));
        as("north.sw1").get("/case-notes/" + note).then().statusCode(200)
                .body("narrative", equalTo(NARRATIVE))
                .body("removedInformation", equalTo(List.of()));
        as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
        assertThat(ownerCount("select count(*) from information_removal where note_id = '" + note + "'")).isZero();
        request(note, "NARRATIVE");
    }

    @Test
    @DisplayName("002 s.5, 001 Case Record Integrity: refused, with nothing recorded: a note not yet final, a version "
            + "or part it does not have, a part already asked for, a stranger to the record")
    void refusals() {
        String child = registerChild("north.sw1", "CP");
        String draft = as("north.sw1").body(caseNote()).post("/children/" + child + "/case-notes").then()
                .statusCode(201).extract().path("id");
        as("north.sw1").body(removal(1, "NARRATIVE")).post("/case-notes/" + draft + "/removal-requests").then()
                .statusCode(409).body("type", equalTo("urn:casework:problem:note-not-final"));

        String note = finalNote(child);
        as("north.sw1").body(removal(2, "NARRATIVE")).post("/case-notes/" + note + "/removal-requests").then()
                .statusCode(400).body("violations.field", hasItem("version"));
        as("north.sw1").body(removal(1, "VISIT")).post("/case-notes/" + note + "/removal-requests").then()
                .statusCode(400).body("violations.field", hasItem("fields"));
        Map<String, Object> noCriteria = new HashMap<>(removal(1, "NARRATIVE"));
        noCriteria.remove("criteria");
        as("north.sw1").body(noCriteria).post("/case-notes/" + note + "/removal-requests").then().statusCode(400)
                .body("violations.field", hasItem(containsString("criteria")));
        as("south.sw1").body(removal(1, "NARRATIVE")).post("/case-notes/" + note + "/removal-requests").then()
                .statusCode(403).body("type", equalTo("urn:casework:problem:access-refused"));
        as("south.sw1").get("/case-notes/" + note + "/removal-requests").then().statusCode(403);

        request(note, "NARRATIVE");
        as("north.sp").body(removal(1, "TITLE", "NARRATIVE")).post("/case-notes/" + note + "/removal-requests")
                .then().statusCode(409).body("type", equalTo("urn:casework:problem:removal-already-requested"));
        as("north.sw1").get("/case-notes/" + note + "/removal-requests").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    @DisplayName("Nobody decides their own removal request: such a decision is dead-lettered and nothing is removed")
    void ownDecisionRefused() {
        String child = registerChild("north.sw1", "CP");
        String note = finalNote(child);
        String removalRequest = request(note, "NARRATIVE");
        decide(child, removalRequest, Outcome.APPROVED, "north.sw1", "My own request");

        ConsumerRecord<String, String> dead = deadLetters.await(r -> child.equals(r.key()), WAIT);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("own removal request");
        as("north.sw1").get("/case-notes/" + note).then().body("narrative", equalTo(NARRATIVE));
        as("north.sw1").get("/case-notes/" + note + "/removal-requests").then()
                .body("items[0].state", equalTo("PENDING"));
    }

    @Test
    @DisplayName("001 Case Record Integrity: the runtime role cannot update a version nor write a removal itself, and "
            + "the database function refuses a version or part the decision did not name, or a request not approved")
    void theDatabaseAllowsExactlyTheRemoval() throws SQLException {
        String child = registerChild("north.sw1", "CP");
        String note = finalNote(child);
        String pending = request(note, "TITLE");
        String approved = request(note, "NARRATIVE");
        decide(child, approved, Outcome.APPROVED, "north.tm", "Criteria met.");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/case-notes/" + note).then()
                .body("narrative", equalTo(RemovedContent.MARKER)));

        try (Connection runtime = connectAsRuntime()) {
            assertRefusedForPrivilege(runtime, "update case_note_version set narrative = 'Rewritten' where note_id = '"
                    + note + "'");
            assertRefusedForPrivilege(runtime, "insert into information_removal (id) values ('" + UUID.randomUUID()
                    + "')");
            assertRefusedForPrivilege(runtime, "update information_removal_request set reason = 'other' where id = '"
                    + approved + "'");
            assertThatThrownBy(() -> removeAsRuntime(runtime, approved, note, 2, null, "NARRATIVE"))
                    .hasMessageContaining("named version 1");
            assertThatThrownBy(() -> removeAsRuntime(runtime, approved, note, 1, null, "NARRATIVE", "TITLE"))
                    .hasMessageContaining("named {NARRATIVE}");
            assertThatThrownBy(() -> removeAsRuntime(runtime, pending, note, 1, null, "TITLE"))
                    .hasMessageContaining("PENDING");
        }
        // Not even the owner, outside the function: the trigger refuses an edit, and a part the removal did not name.
        assertThatThrownBy(() -> DatabaseOwner.execute("update case_note_version set narrative = 'Rewritten' "
                + "where note_id = '" + note + "'")).rootCause().hasMessageContaining("append-only");
        try (Connection owner = DatabaseOwner.connect()) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("select set_config('casework.information_removal', (select id::text from "
                        + "information_removal where note_id = '" + note + "'), true)");
                assertThatThrownBy(() -> statement.execute("update case_note_version set title = "
                        + "casework_removal_marker() where note_id = '" + note + "'"))
                        .hasMessageContaining("append-only");
            } finally {
                owner.rollback();
            }
        }
        as("north.sw1").get("/case-notes/" + note).then().body("title", equalTo("Home visit"));
        as("north.tm").get("/children/" + child + "/record-chain").then().body("intact", equalTo(true));
    }

    @Test
    @DisplayName("002 s.5, 001 Case Record Integrity: a section at a time: once north.tm approves, the statements go "
            + "and the parents' and carers' views stay; a second removal takes those from the same version; the note "
            + "keeps its place and the chain verifies after each")
    void sectionsRemovedOneAtATime() {
        VisitOnRecord visit = VisitOnRecord.finalised();
        String child = visit.child();
        String note = visit.note();

        visit.removeApproved("STATEMENTS", "statements");
        as("north.sw1").get("/case-notes/" + note).then().statusCode(200)
                .body("version", equalTo(1))
                .body("parentsAndCarers[0].views", equalTo(PARENTS_VIEW))
                .body("visit.venue", equalTo("Family home"))
                .body("removedInformation.field", equalTo(List.of("STATEMENTS")));
        assertChainIntact(child);

        visit.removeApproved("PARENTS_AND_CARERS", "parentsAndCarers");
        String body = as("north.sw1").get("/case-notes/" + note).then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("statements", nullValue())
                .body("visit.venue", equalTo("Family home"))
                .body("removedInformation.field", equalTo(List.of("STATEMENTS", "PARENTS_AND_CARERS")))
                .body("removedInformation[1].decidedBy.username", equalTo("north.tm"))
                .extract().asString();
        String versions = as("north.sw1").get("/case-notes/" + note + "/versions").then().statusCode(200)
                .body("items[0].statements", nullValue())
                .body("items[0].parentsAndCarers", nullValue())
                .body("items[0].removedInformation.field", equalTo(List.of("STATEMENTS", "PARENTS_AND_CARERS")))
                .extract().asString();
        assertThat(body + versions).doesNotContain("heart condition").doesNotContain(PARENTS_VIEW);
        assertChainIntact(child);
        assertThat(ownerCount("select count(*) from case_note_version where note_id = '" + note + "' and "
                + "(sections -> 'statements' is not null or sections -> 'parentsAndCarers' is not null "
                + "or sections::text like '%heart condition%')")).as("the sections are gone from the database")
                .isZero();
        assertThat(ownerCount("select count(*) from information_removal where note_id = '" + note + "' and "
                + "sections_left_digest is not null")).isEqualTo(2);
    }

    @Test
    @DisplayName("002 s.5, 003 s.6: a removed significant event keeps its place on the chronology, marked removed, "
            + "its words gone; the chain verifies")
    void removedSignificantEventStaysOnTheChronology() {
        String child = registerChild("north.sw1", "CP");
        Map<String, Object> body = new HashMap<>(visitNote());
        body.put("significantEvent", Map.of("whatHappened", "Mr Jones said he saw Riley pushed on the stairs",
                "whoIsAffectedAndHow", "Riley, frightened at home"));
        VisitOnRecord visit = new VisitOnRecord(child, finalNote(child, body));
        as("north.sw1").get("/children/" + child + "/chronology").then().statusCode(200)
                .body("items[0].whatHappened", equalTo("Mr Jones said he saw Riley pushed on the stairs"));

        visit.removeApproved("SIGNIFICANT_EVENT", "significantEvent");
        String chronology = as("north.sw1").get("/children/" + child + "/chronology").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].noteId", equalTo(visit.note()))
                .body("items[0].whatHappened", equalTo("[Removed: factually inaccurate personal information]"))
                .extract().asString();
        assertThat(chronology).doesNotContain("pushed on the stairs").doesNotContain("frightened at home");
        assertChainIntact(child);
    }

    @Test
    @DisplayName("002 s.5: the visit section of a note written today, kept with its other sections, is removed "
            + "whole; the other sections stay; the chain verifies")
    void visitSectionOfANoteWrittenToday() {
        VisitOnRecord visit = VisitOnRecord.finalised();

        visit.removeApproved("VISIT", "visit");
        as("north.sw1").get("/case-notes/" + visit.note()).then().statusCode(200)
                .body("statements[0].text", equalTo(STATEMENT))
                .body("parentsAndCarers[0].views", equalTo(PARENTS_VIEW))
                .body("removedInformation.field", equalTo(List.of("VISIT")));
        assertChainIntact(visit.child());
        // Gone, it holds nothing to remove any more.
        as("north.sw1").body(removal(1, "VISIT")).post("/case-notes/" + visit.note() + "/removal-requests").then()
                .statusCode(400).body("violations.field", hasItem("fields"));
    }

    @Test
    @DisplayName("001 Case Record Integrity: a section that remains, changed behind the service's back after another "
            + "was removed, is CHANGED at the version")
    void remainingSectionChangedIsCaught() {
        VisitOnRecord visit = VisitOnRecord.finalised();
        visit.removeApproved("STATEMENTS", "statements");
        assertChainIntact(visit.child());

        RecordChainTest.behindTheServicesBack("case_note_version", "update case_note_version set sections = "
                + "jsonb_set(sections, '{parentsAndCarers,0,views}', '\"Nothing has changed at home.\"') "
                + "where note_id = '" + visit.note() + "'");
        JsonPath broken = as("north.tm").get("/children/" + visit.child() + "/record-chain").then().statusCode(200)
                .extract().jsonPath();
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getString("firstBreak.change")).isEqualTo("changed");
        assertThat(broken.getString("firstBreak.entry")).isEqualTo("version 1 of note " + visit.note());
    }

    @Test
    @DisplayName("001 Case Record Integrity: the database takes exactly the sections a removal names, and only with "
            + "the digest of what it leaves")
    void theDatabaseTakesExactlyTheNamedSections() throws SQLException {
        VisitOnRecord visit = VisitOnRecord.finalised();
        String note = visit.note();
        String approved = visit.removeApproved("STATEMENTS", "statements");
        String pending = request(note, "PARENTS_AND_CARERS");

        try (Connection runtime = connectAsRuntime()) {
            assertThatThrownBy(() -> removeAsRuntime(runtime, approved, note, 1, null, "STATEMENTS"))
                    .hasMessageContaining("digest of the sections it leaves");
            assertThatThrownBy(() -> removeAsRuntime(runtime, pending, note, 1, "b".repeat(64),
                    "PARENTS_AND_CARERS")).hasMessageContaining("PENDING");
        }
        // Not even the owner, outside the function: a section the recorded removal did not name stays.
        try (Connection owner = DatabaseOwner.connect()) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("select set_config('casework.information_removal', (select id::text from "
                        + "information_removal where note_id = '" + note + "'), true)");
                assertThatThrownBy(() -> statement.execute("update case_note_version set sections = sections - "
                        + "'parentsAndCarers' where note_id = '" + note + "'")).hasMessageContaining("append-only");
            } finally {
                owner.rollback();
            }
        }
        as("north.sw1").get("/case-notes/" + note).then().body("parentsAndCarers[0].views", equalTo(PARENTS_VIEW));
        assertChainIntact(visit.child());
    }

    /** A case note finalised by its author, with a narrative and the child's words. */
    private static String finalNote(String child) {
        return finalNote(child, caseNote());
    }

    /** The note finalised by its author. */
    private static String finalNote(String child, Map<String, Object> body) {
        String note = as("north.sw1").body(body).post("/children/" + child + "/case-notes").then()
                .statusCode(201).extract().path("id");
        as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200)
                .body("status", equalTo("FINAL"));
        return note;
    }

    private static Map<String, Object> caseNote() {
        return Map.of("noteType", "CASE_NOTE", "eventDate", LocalDate.now().toString(), "eventTime", "00:00", "title", "Home visit",
                "narrative", NARRATIVE,
                "childsVoice", Map.of("words", WORDS, "howObtained", "Alone in their bedroom"));
    }

    /** A visit written today: its visit section, a third party's statement and a parent's view, all in its sections. */
    private static Map<String, Object> visitNote() {
        return CaseNotesApi.note("VISIT", "visit", Map.of("venue", "Family home", "purpose", "Visit after school",
                        "childSeen", true, "seenAlone", true),
                "statements", List.of(Map.of("text", STATEMENT, "kind", "FACT", "source", "THIRD_PARTY",
                        "sourceName", "Mr Jones, a neighbour")),
                "parentsAndCarers", List.of(Map.of("name", "Sarah Test", "relationship", "Mother",
                        "views", PARENTS_VIEW)));
    }

    /** A child and a visit note on their record (visitNote), written today and finalised by its author. */
    private record VisitOnRecord(String child, String note) {

        static VisitOnRecord finalised() {
            String child = registerChild("north.sw1", "CP");
            return new VisitOnRecord(child, finalNote(child, visitNote()));
        }

        /**
         * Asks for the removal of {@code part} from version 1, north.tm approves, and waits until the note shows it:
         * {@code path} of the note reads null. The removal request's id.
         */
        String removeApproved(String part, String path) {
            String removalRequest = request(note, part);
            decide(child, removalRequest, Outcome.APPROVED, "north.tm",
                    "The criteria are met: a neighbour's health, recorded here by mistake; nothing rests on it.");
            await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/case-notes/" + note).then()
                    .body("removedInformation.removalRequestId", hasItem(removalRequest)).body(path, nullValue()));
            return removalRequest;
        }
    }

    private static void assertChainIntact(String child) {
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBreak", nullValue());
    }

    private static Map<String, Object> removal(int version, String... fields) {
        return Map.of("version", version, "fields", List.of(fields), "informationKind", "HEALTH",
                "concerns", "THIRD_PARTY",
                "reason", "A neighbour's health condition, as she told it about herself: not about Riley, and "
                        + "recorded on Riley's record by mistake.",
                "criteria", Map.of("ground", "RECORDED_ON_WRONG_RECORD",
                        "whyAmendmentIsNotEnough", "An amendment would leave a third party's health readable.",
                        "laterEntriesUnaffected", "No later entry, plan or decision refers to it."));
    }

    private static String request(String note, String... fields) {
        return as("north.sw1").body(removal(1, fields)).post("/case-notes/" + note + "/removal-requests").then()
                .statusCode(202).extract().path("id");
    }

    /** The manager's decision, as approvals-service publishes it once they have decided; its request's id. */
    private static UUID decide(String child, String removalRequest, Outcome outcome, String decidedBy,
            String comments) {
        UUID approval = UUID.randomUUID();
        TestRunTopics.publishAs("approvals", new ApprovalDecided(approval, "REMOVE_INACCURATE_INFORMATION",
                UUID.fromString(child), removalRequest, outcome, comments, decidedBy, "Jo Example", "Team Manager",
                Instant.now()), UUID.fromString(child));
        return approval;
    }

    private static Connection connectAsRuntime() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static void assertRefusedForPrivilege(Connection db, String sql) {
        assertThatThrownBy(() -> {
            try (Statement statement = db.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    private static void removeAsRuntime(Connection db, String request, String note, int version,
            String sectionsLeftDigest, String... fields) throws SQLException {
        try (PreparedStatement call = db.prepareStatement("select casework_remove_information(?, ?, ?, ?, ?, ?, ?, "
                + "now(), 1, '\\x00'::bytea, '\\x00'::bytea, 'test-1')")) {
            call.setObject(1, UUID.randomUUID());
            call.setObject(2, UUID.fromString(request));
            call.setObject(3, UUID.fromString(note));
            call.setInt(4, version);
            call.setArray(5, db.createArrayOf("text", fields));
            call.setArray(6, db.createArrayOf("text", java.util.Arrays.stream(fields).map(f -> "a".repeat(64))
                    .toArray()));
            call.setString(7, sectionsLeftDigest);
            call.execute();
        }
    }

    private static long ownerCount(String sql) {
        try (Connection owner = DatabaseOwner.connect(); Statement statement = owner.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
