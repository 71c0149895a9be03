package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.startStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * 000 "Practice Guidance on EHM and LCS Roll-Backs": a roll-back asked on the form, commented by the line manager,
 * decided by the head of service in approvals-service (the decision arrives here as approvals-service publishes it)
 * and applied without loss: the steps after the date leave the current pathway, are kept, listed and re-added.
 * Through the API, with real tokens.
 */
@QuarkusTest
class RollBackTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    static TopicProbe events;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("000: north.sw1 asks on the form, north.tm comments and the request goes to the head of service with "
            + "every field; the approval moves the step after the date out of the current pathway without deleting "
            + "it, a case note in the head of service's name evidences the reason, the roll-back is on the chain and "
            + "announced; the worker lists what moved and re-adds the step once, linked to the original")
    void approvedRollBackMovesWithoutLoss() {
        String child = registerChild("north.sw1", "CIN");
        LocalDate today = LocalDate.now(ENGLAND);
        String kept = contact(child, today.minusDays(10));
        String wrong = contact(child, today.minusDays(1));

        String requestId = as("north.sw1").body(Map.of("reason", "The contact was recorded on the wrong child",
                        "rollBackTo", today.minusDays(5).toString(), "impact", "No visits or payments hang on it"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(201)
                .body("state", equalTo("AWAITING_MANAGER")).body("caseNumber", equalTo(child))
                .body("team", equalTo("north")).body("allocatedWorker", equalTo("north.sw1"))
                .body("childName", notNullValue()).body("dateOfRequest", equalTo(today.toString()))
                .body("steps.stepId", equalTo(List.of(wrong))).body("steps.kind", equalTo(List.of("CONTACT")))
                .body("manager", nullValue()).extract().path("id");

        // The worker is not their own line manager; a manager comments once, and then the request goes.
        as("north.sw1").body(Map.of("comments", "Mine")).put(comments(child, requestId)).then().statusCode(403);
        as("north.tm").body(Map.of("comments", "Agreed: it belongs to the brother's record"))
                .put(comments(child, requestId)).then().statusCode(200).body("state", equalTo("PENDING"))
                .body("manager.username", equalTo("north.tm"))
                .body("managerComments", equalTo("Agreed: it belongs to the brother's record"));
        as("north.pm").body(Map.of("comments", "Again")).put(comments(child, requestId)).then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:roll-back-already-commented"));
        as("north.sw1").body(Map.of("reason", "Another", "rollBackTo", today.minusDays(20).toString(), "impact",
                "None")).post("/children/" + child + "/roll-back-requests").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:roll-back-already-requested"));

        EventEnvelope asked = events.awaitEvent("casework.case-notes.roll-back-requested", child, WAIT);
        assertThat(asked.data().path("rollBackRequestId").asText()).isEqualTo(requestId);
        assertThat(asked.data().path("reason").asText()).isEqualTo("The contact was recorded on the wrong child");
        assertThat(asked.data().path("impact").asText()).isEqualTo("No visits or payments hang on it");
        assertThat(asked.data().path("managerComments").asText()).isEqualTo("Agreed: it belongs to the brother's "
                + "record");
        assertThat(asked.data().path("steps").get(0).path("stepId").asText()).isEqualTo(wrong);
        assertThat(asked.data().path("team").asText()).isEqualTo("north");

        UUID approval = decide(child, requestId, Outcome.APPROVED, "Approved: recorded on the wrong record");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child
                + "/roll-back-requests/" + requestId).then().statusCode(200).body("state", equalTo("APPROVED")));
        String rollBack = as("north.sw1").get("/children/" + child + "/roll-back-requests/" + requestId).then()
                .body("decision.decidedBy.username", equalTo("head.of.service"))
                .body("decision.approvalRequestId", equalTo(approval.toString()))
                .extract().path("rollBackId");

        // Out of the current pathway, still held: the step itself reads as it was, and is listed as moved.
        as("north.sw1").get("/children/" + child + "/pathway").then().statusCode(200)
                .body("items.id", equalTo(List.of(kept)));
        as("north.sw1").get("/children/" + child + "/pathway/steps/" + wrong).then().statusCode(200);
        as("north.sw1").get("/children/" + child + "/roll-backs/" + rollBack + "/items").then().statusCode(200)
                .body("items.findAll { it.kind == 'PATHWAY_STEP' }.itemId", equalTo(List.of(wrong)))
                .body("items.findAll { it.kind == 'PATHWAY_STEP_ENTRY' }.stepId", hasItem(wrong));

        // 000: "A case note will also be added by the Head of Service to evidence the reason for the roll-back".
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200)
                .body("items.findAll { it.noteType == 'MANAGEMENT_DECISION' }.author.username",
                        equalTo(List.of("head.of.service")))
                .body("items.findAll { it.noteType == 'MANAGEMENT_DECISION' }.status", equalTo(List.of("FINAL")));
        EventEnvelope rolledBack = events.awaitEvent("casework.case-notes.child-rolled-back", child, WAIT);
        assertThat(rolledBack.data().path("rollBackId").asText()).isEqualTo(rollBack);
        assertThat(rolledBack.data().path("steps").get(0).path("stepId").asText()).isEqualTo(wrong);
        assertThat(rolledBack.data().path("steps").get(0).path("kind").asText()).isEqualTo("CONTACT");
        assertThat(rolledBack.data().path("approvedBy").asText()).isEqualTo("head.of.service");
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));

        // The same decision again changes nothing: still one evidencing note.
        TestRunTopics.publishAs("approvals", decision(approval, child, requestId, Outcome.APPROVED, "Again"),
                UUID.fromString(child));
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200)
                        .body("items.findAll { it.noteType == 'MANAGEMENT_DECISION' }.size()", equalTo(1)));

        // Re-added in one call: a new step with the original's content, linked to it; once.
        String copy = as("north.sw1").post("/children/" + child + "/roll-backs/" + rollBack + "/items/" + wrong
                + "/re-add").then().statusCode(201).body("kind", equalTo("CONTACT"))
                .body("startDate", equalTo(today.minusDays(1).toString())).extract().path("id");
        assertThat(copy).isNotEqualTo(wrong);
        as("north.sw1").get("/children/" + child + "/pathway").then()
                .body("items.id", hasItems(kept, copy));
        as("north.sw1").get("/children/" + child + "/pathway/steps/" + copy + "/entries").then().statusCode(200)
                .body("items.findAll { it.act == 'RE_ADDED' }.facts.reAddedFrom", equalTo(List.of(wrong)))
                .body("items.findAll { it.act == 'STARTED' }.facts.reAddedFrom.size()", equalTo(1));
        as("north.sw1").get("/children/" + child + "/roll-backs/" + rollBack + "/items").then()
                .body("items.findAll { it.kind == 'PATHWAY_STEP' }.reAddedAs", equalTo(List.of(copy)));
        as("north.sw1").post("/children/" + child + "/roll-backs/" + rollBack + "/items/" + wrong + "/re-add")
                .then().statusCode(409).body("type", equalTo("urn:casework:problem:already-re-added"));
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("000, ACCESS-RULES \"adoption\": a plan for adoption rolled back no longer puts the child on the "
            + "adoption team manager's list, and the event says the step was still going on, for the other services' "
            + "copy of that list; re-added, it is "
            + "announced as started again, naming the original, and the list holds the child again; a subject access "
            + "export still gives the rolled-back step (it is held), marked with its roll-back, beside its copy")
    void rolledBackPlanEndsWhatItGaveAndStaysInSubjectAccess() throws IOException {
        String child = registerChild("north.sw1", "CLA");
        LocalDate today = LocalDate.now(ENGLAND);
        String episode = startStep(child, "LOOKED_AFTER_EPISODE", null, today.minusDays(200),
                Map.of("legalStatus", "C2"));
        String plan = startStep(child, "ADOPTION_PLAN", episode, today.minusDays(10), Map.of());
        adoptionList(child, 200);

        String requestId = as("north.sw1").body(Map.of("reason", "The plan for adoption was recorded before the "
                        + "panel's recommendation", "rollBackTo", today.minusDays(20).toString(), "impact",
                        "Family finding pauses until the plan is made"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(201)
                .body("steps.stepId", equalTo(List.of(plan))).extract().path("id");
        as("north.tm").body(Map.of("comments", "Agreed")).put(comments(child, requestId)).then().statusCode(200);
        decide(child, requestId, Outcome.APPROVED, "Approved");
        await().atMost(WAIT).untilAsserted(() -> adoptionList(child, 403));
        String rollBack = as("north.sw1").get("/children/" + child + "/roll-back-requests/" + requestId).then()
                .body("state", equalTo("APPROVED")).extract().path("rollBackId");
        EventEnvelope rolledBack = events.awaitEvent("casework.case-notes.child-rolled-back", child, WAIT);
        assertThat(rolledBack.data().path("steps").get(0).path("kind").asText()).isEqualTo("ADOPTION_PLAN");
        assertThat(rolledBack.data().path("steps").get(0).path("open").asBoolean()).isTrue();

        String copy = as("north.sw1").post("/children/" + child + "/roll-backs/" + rollBack + "/items/" + plan
                + "/re-add").then().statusCode(201).body("reAddedFrom", equalTo(plan)).extract().path("id");
        adoptionList(child, 200);
        ConsumerRecord<String, String> started = events.await(record -> record.value().contains(
                "\"reAddedFrom\":\"" + plan + "\""), WAIT);
        assertThat(started.value()).contains("casework.case-notes.pathway-step-started", copy);

        String sar = "/children/" + child + "/subject-access-requests";
        String request = as("north.sw1").body(Map.of("requesterName", "Sarah Example", "relationship",
                        "PARENT_WITH_PARENTAL_RESPONSIBILITY", "receivedOn", today.toString(),
                        "identityChecked", "Passport seen at the front desk"))
                .post(sar).then().statusCode(201).extract().path("id");
        String etag = as("north.tm").get(sar + "/" + request).then().statusCode(200).extract().header("ETag");
        as("north.tm").header("If-Match", etag).post(sar + "/" + request + "/review-completion").then()
                .statusCode(200);
        List<Map<String, Object>> pathway = as("north.sw1").get(sar + "/" + request + "/export").then()
                .statusCode(200).extract().path("pathway");
        assertThat(pathway).extracting(held -> (Object) ((Map<?, ?>) held.get("step")).get("id"))
                .containsExactlyInAnyOrder(episode, plan, copy);
        Map<String, Object> original = pathway.stream()
                .filter(held -> plan.equals(((Map<?, ?>) held.get("step")).get("id"))).findFirst().orElseThrow();
        assertThat(original).containsEntry("rolledBackBy", rollBack).containsEntry("reAddedAs", copy)
                .containsEntry("rolledBackOn", today.toString());
        assertThat((List<?>) original.get("history")).isNotEmpty();
        assertThat(pathway).filteredOn(held -> !plan.equals(((Map<?, ?>) held.get("step")).get("id")))
                .allSatisfy(held -> assertThat(held.get("rolledBackBy")).isNull());
        byte[] bytes = as("north.sw1").accept("application/pdf").get(sar + "/" + request + "/export").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Adoption plan", "Taken off the current record by a roll-back");
        }
    }

    private static void adoptionList(String child, int status) {
        as("adoption.tm").header("X-Access-Purpose", "Family finding").get("/children/" + child).then()
                .statusCode(status);
    }

    @Test
    @DisplayName("000 \"Not Approved\": a refused roll-back is kept REFUSED with the head of service's reasons and "
            + "moves nothing")
    void refusedRollBackMovesNothing() {
        String child = registerChild("north.sw1", "CIN");
        LocalDate today = LocalDate.now(ENGLAND);
        String first = contact(child, today.minusDays(8));
        String second = contact(child, today.minusDays(2));
        String requestId = as("north.sw1").body(Map.of("reason", "Performance figures", "rollBackTo",
                        today.minusDays(4).toString(), "impact", "The contact's timescale is reset"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(201).extract().path("id");
        as("north.pm").body(Map.of("comments", "Not convinced")).put(comments(child, requestId)).then()
                .statusCode(200);
        decide(child, requestId, Outcome.RETURNED, "Refused: roll-backs do not correct performance figures");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child
                + "/roll-back-requests/" + requestId).then().statusCode(200).body("state", equalTo("REFUSED"))
                .body("decision.outcome", equalTo("RETURNED")).body("rollBackId", nullValue()));
        as("north.sw1").get("/children/" + child + "/pathway").then().statusCode(200)
                .body("items.id", hasItems(first, second)).body("items.size()", equalTo(2));
    }

    @Test
    @DisplayName("000 \"Request for Roll Back\": bad input is a problem and records nothing: a date after today, a "
            + "date with nothing after it, a missing reason; a colleague with no right to write is refused")
    void badRequestsRecordNothing() {
        String child = registerChild("north.sw1", "CIN");
        LocalDate today = LocalDate.now(ENGLAND);
        contact(child, today.minusDays(3));
        as("north.sw1").body(Map.of("reason", "R", "rollBackTo", today.plusDays(1).toString(), "impact", "I"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(400)
                .body("type", equalTo("urn:casework:problem:constraint-violation"));
        as("north.sw1").body(Map.of("reason", "R", "rollBackTo", today.toString(), "impact", "I"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:nothing-to-roll-back"));
        as("north.sw1").body(Map.of("rollBackTo", today.minusDays(5).toString(), "impact", "I"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(400);
        as("south.sw1").body(Map.of("reason", "R", "rollBackTo", today.minusDays(5).toString(), "impact", "I"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(403);
        as("north.sw1").get("/children/" + child + "/roll-back-requests").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    private static String contact(String child, LocalDate received) {
        Instant at = received.atTime(10, 0).atZone(ENGLAND).toInstant().truncatedTo(ChronoUnit.SECONDS);
        return as("north.sw1").body(Map.of("source", "School designated safeguarding lead", "receivedAt",
                        at.toString()))
                .post("/children/" + child + "/pathway/contacts").then().statusCode(201).extract().path("id");
    }

    private static String comments(String child, String requestId) {
        return "/children/" + child + "/roll-back-requests/" + requestId + "/comments";
    }

    private static UUID decide(String child, String requestId, Outcome outcome, String comments) {
        UUID approval = UUID.randomUUID();
        TestRunTopics.publishAs("approvals", decision(approval, child, requestId, outcome, comments),
                UUID.fromString(child));
        return approval;
    }

    private static ApprovalDecided decision(UUID approval, String child, String requestId, Outcome outcome,
            String comments) {
        return new ApprovalDecided(approval, "ROLL_BACK", UUID.fromString(child), requestId, outcome, comments,
                "head.of.service", "Margaret Osborne", "Head of Service", Instant.now());
    }
}
