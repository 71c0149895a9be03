package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventCodec;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.AccessRecorded;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * 001 "Restricted Records", DOMAIN.md rule 9, ACCESS-RULES.md "Restricted child": the child's management line asks
 * for a restriction, the head of service decides in approvals-service (the decision arrives here as approvals-service
 * publishes it) and this service applies it; refused attempts of those off a restricted record's list, here and in
 * the other services, are announced for the manager for the area. Through the API, with real tokens.
 */
@QuarkusTest
class RestrictionRequestTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final String REFUSED = "urn:casework:problem:access-refused";
    static final String REQUESTED = "casework.case-notes.restriction-requested";
    static final String ALERT = "casework.case-notes.restricted-record-access-refused";

    static TopicProbe events;
    static final EventCodec CODEC = new EventCodec();

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("001 \"Restricted Records\": the allocated worker north.sw1 asks, with reasons; the request is "
            + "published for the head of service with its fields and nothing of the record; the head of service's "
            + "approval, arriving from approvals-service, restricts the record as their own decision does (history, "
            + "chain, event); north.pm is then refused the record and its requests; the same decision again changes "
            + "nothing")
    void requestApprovedRestrictsTheRecord() {
        String child = registerChild("north.sw1", "CIN");
        String requestId = as("north.sw1").body(Map.of("restriction", "OTHER",
                        "reasons", "The child's mother has joined the north team"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(202)
                .body("state", equalTo("PENDING")).body("restriction", equalTo("OTHER"))
                .body("requestedBy.username", equalTo("north.sw1")).body("decision", nullValue())
                .extract().path("id");

        EventEnvelope asked = events.awaitEvent(REQUESTED, child, WAIT);
        assertThat(asked.data().path("restrictionRequestId").asText()).isEqualTo(requestId);
        assertThat(asked.data().path("restriction").asText()).isEqualTo("OTHER");
        assertThat(asked.data().path("team").asText()).isEqualTo("north");
        assertThat(asked.data().path("requestedBy").asText()).isEqualTo("north.sw1");
        assertThat(asked.data().path("reasons").asText()).isEqualTo("The child's mother has joined the north team");
        assertThat(asked.data().toString()).doesNotContain("Riley");

        // One question at a time; the team manager reads the pending request, the record is still open to north.pm.
        as("north.tm").body(Map.of("restriction", "ADOPTION", "reasons", "A second question"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:restriction-already-requested"));
        as("north.tm").get("/children/" + child + "/restriction-requests").then().statusCode(200)
                .body("items.id", equalTo(List.of(requestId)));
        as("north.pm").get("/children/" + child).then().statusCode(200);

        UUID approval = decide(child, requestId, Outcome.APPROVED,
                "Agreed: the mother's colleagues must not read the record");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child + "/restriction").then()
                .statusCode(200).body("restriction", equalTo("OTHER")));
        as("north.sw1").get("/children/" + child + "/restriction").then()
                .body("decidedBy.username", equalTo("head.of.service"))
                .body("decidedBy.designation", equalTo("Head of Service"))
                .body("reason", equalTo("Agreed: the mother's colleagues must not read the record"));
        as("north.sw1").get("/children/" + child + "/restriction-requests/" + requestId).then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.decidedBy.username", equalTo("head.of.service"))
                .body("decision.approvalRequestId", equalTo(approval.toString()));
        EventEnvelope changed = events.awaitEvent("casework.case-notes.child-restriction-changed", child, WAIT);
        assertThat(changed.data().path("decidedBy").asText()).isEqualTo("head.of.service");
        assertThat(changed.data().path("restriction").asText()).isEqualTo("OTHER");

        as("north.pm").get("/children/" + child).then().statusCode(403).body("type", equalTo(REFUSED));
        as("north.pm").get("/children/" + child + "/restriction-requests").then().statusCode(403)
                .body("type", equalTo(REFUSED));
        as("north.pm").get("/children/" + child + "/restriction-requests/" + requestId).then().statusCode(403);
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));

        // The same decision under another event id (a replayed export) is applied once: one decision in the history.
        TestRunTopics.publishAs("approvals", decision(approval, child, requestId, Outcome.APPROVED, "Again"),
                UUID.fromString(child));
        String etag = as("north.tm").get("/children/" + child + "/restriction").then().extract().header("ETag");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                as("north.tm").get("/children/" + child + "/restriction").then().statusCode(200)
                        .header("ETag", equalTo(etag))
                        .body("reason", equalTo("Agreed: the mother's colleagues must not read the record")));
    }

    @Test
    @DisplayName("001 \"Restricted Records\": a request the head of service refuses is kept REFUSED with their "
            + "reasons and leaves the record unrestricted: north.pm still reads it")
    void refusedRequestLeavesTheRecordOpen() {
        String child = registerChild("north.sw1", "CP");
        String requestId = as("north.tm").body(Map.of("restriction", "ADOPTION", "reasons", "Adoption is planned"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(202).extract().path("id");
        decide(child, requestId, Outcome.RETURNED, "No match yet: adoption records are restricted at matching");
        await().atMost(WAIT).untilAsserted(() -> as("north.tm").get("/children/" + child + "/restriction-requests/"
                + requestId).then().statusCode(200).body("state", equalTo("REFUSED")));
        as("north.tm").get("/children/" + child + "/restriction-requests/" + requestId).then()
                .body("decision.outcome", equalTo("RETURNED"))
                .body("decision.comments", equalTo("No match yet: adoption records are restricted at matching"));
        as("north.sw1").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("NONE")).body("decidedBy", nullValue());
        as("north.pm").get("/children/" + child).then().statusCode(200);
        // Decided, it no longer stops another request.
        as("north.sw1").body(Map.of("restriction", "OTHER", "reasons", "A relative works in the team"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(202);
    }

    @Test
    @DisplayName("001 \"Restricted Records\": only the child's management line asks (a team colleague, another area "
            + "and an IRO are refused and logged); the head of service decides directly instead of asking; asking "
            + "for what the record is already, or without reasons, is refused and records nothing")
    void whoMayAsk() {
        String child = registerChild("north.sw1", "CLA");
        Map<String, String> body = Map.of("restriction", "OTHER", "reasons", "A relative works in the team");
        for (String who : List.of("north.sw2", "east.sw1", "iro.one", "adoption.tm")) {
            as(who).body(body).post("/children/" + child + "/restriction-requests").then().statusCode(403)
                    .body("type", equalTo(REFUSED));
        }
        as("head.of.service").body(body).post("/children/" + child + "/restriction-requests").then()
                .statusCode(409).body("type", equalTo("urn:casework:problem:restriction-decided-directly"));
        as("north.sw1").body(Map.of("restriction", "NONE", "reasons", "Nothing to lift"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:restriction-unchanged"));
        as("north.sw1").body(Map.of("restriction", "OTHER"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(400);
        as("north.sw1").body(Map.of("restriction", "SECRET", "reasons", "x"))
                .post("/children/" + child + "/restriction-requests").then().statusCode(400);
        as("north.sw1").get("/children/" + child + "/restriction-requests").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // The area's senior manager is in the line.
        as("senior.manager").body(body).post("/children/" + child + "/restriction-requests").then().statusCode(202);
        List<String> outcomes = as("north.tm").queryParam("limit", 100).get("/children/" + child + "/access-log")
                .then().statusCode(200).extract()
                .path("items.findAll { it.action == 'requestChildRecordRestriction' }.outcome");
        // Those with the right to ask are logged as allowed even where the request was then refused as a conflict;
        // a body refused by validation never reaches the check.
        assertThat(outcomes).containsExactlyInAnyOrder("REFUSED", "REFUSED", "REFUSED", "REFUSED", "ALLOWED",
                "ALLOWED", "ALLOWED");
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": north.pm refused a restricted record here and north.sw2 refused "
            + "it in visits-service are each announced once for the manager for the area (who, what, which service, "
            + "never the child's details); refusals of those on the list (north.sw1 deciding the restriction, "
            + "north.tm in visits-service) and refusals on an unrestricted record are not")
    void refusedAttemptsOffTheListAreAnnounced() {
        String child = registerChild("north.sw1", "CIN");
        String open = registerChild("north.sw1", "CIN");
        String etag = as("north.sw1").get("/children/" + child).then().extract().header("ETag");
        as("head.of.service").header("If-Match", etag)
                .body(Map.of("restriction", "OTHER", "reason", "The child's mother works in the north team"))
                .put("/children/" + child + "/restriction").then().statusCode(200);

        // On the list but refused by the access table (only the head of service decides): no alert.
        as("north.sw1").header("If-Match", "\"1\"").body(Map.of("restriction", "NONE", "reason", "Not mine"))
                .put("/children/" + child + "/restriction").then().statusCode(403);
        reportedByVisits(child, "north.tm", "Helen Carter", "Team Manager");
        // An unrestricted record: a refusal is the access table's, not an attempt on a restriction.
        as("east.sw1").get("/children/" + open).then().statusCode(403);

        as("north.pm").get("/children/" + child).then().statusCode(403);
        UUID fromVisits = reportedByVisits(child, "north.sw2", "Oliver Bennett", "Social Worker");

        EventEnvelope here = awaitAlert(child, "north.pm");
        assertThat(here.data().path("service").asText()).isEqualTo("case-notes-service");
        assertThat(here.data().path("fullName").asText()).isEqualTo("Daniel Walsh");
        assertThat(here.data().path("designation").asText()).isEqualTo("Practice Manager");
        assertThat(here.data().path("accessClass").asText()).isEqualTo("record.read");
        assertThat(here.data().toString()).doesNotContain("Riley");
        EventEnvelope there = awaitAlert(child, "north.sw2");
        assertThat(there.data().path("attemptId").asText()).isEqualTo(fromVisits.toString());
        assertThat(there.data().path("service").asText()).isEqualTo("visits-service");
        assertThat(there.data().path("action").asText()).isEqualTo("GET /visits/v1/children/" + child + "/visits");

        // The peer's access arriving again is logged once and announced once.
        TestRunTopics.publishAs("visits", access(fromVisits, child, "north.sw2", "Oliver Bennett", "Social Worker"),
                UUID.fromString(child));
        as("north.pm").get("/children/" + open).then().statusCode(200);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> {
            List<String> alerted = alerts(child);
            assertThat(alerted).containsExactlyInAnyOrder("north.pm", "north.sw2");
        });
        assertThat(alerts(open)).isEmpty();
    }

    private static EventEnvelope awaitAlert(String child, String username) {
        ConsumerRecord<String, String> found = events.await(r -> r.value() != null && child.equals(r.key())
                && ALERT.equals(CODEC.read(r.value()).type())
                && username.equals(CODEC.read(r.value()).data().path("username").asText()), WAIT);
        return CODEC.read(found.value());
    }

    private static List<String> alerts(String child) {
        return events.seen().stream().filter(r -> r.value() != null && child.equals(r.key()))
                .map(r -> CODEC.read(r.value())).filter(e -> ALERT.equals(e.type()))
                .map(e -> e.data().path("username").asText()).toList();
    }

    /** A refusal visits-service served and reported, as it publishes it; the access's id. */
    private static UUID reportedByVisits(String child, String username, String name, String designation) {
        UUID id = UUID.randomUUID();
        TestRunTopics.publishAs("visits", access(id, child, username, name, designation), UUID.fromString(child));
        return id;
    }

    private static AccessRecorded access(UUID id, String child, String username, String name, String designation) {
        return new AccessRecorded(id, UUID.fromString(child), "visits-service", username, name, designation,
                "north", "GET /visits/v1/children/" + child + "/visits", "record.read", null, "REFUSED",
                "restricted record: not on its list", Instant.now());
    }

    /** The head of service's decision, as approvals-service publishes it once they have decided; its request's id. */
    private static UUID decide(String child, String requestId, Outcome outcome, String comments) {
        UUID approval = UUID.randomUUID();
        TestRunTopics.publishAs("approvals", decision(approval, child, requestId, outcome, comments),
                UUID.fromString(child));
        return approval;
    }

    private static ApprovalDecided decision(UUID approval, String child, String requestId, Outcome outcome,
            String comments) {
        return new ApprovalDecided(approval, "RESTRICT_RECORD", UUID.fromString(child), requestId, outcome, comments,
                "head.of.service", "Margaret Osborne", "Head of Service", Instant.now());
    }
}
