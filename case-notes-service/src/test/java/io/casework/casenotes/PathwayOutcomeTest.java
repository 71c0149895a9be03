package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayStepDecided;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A C&F's outcome and its authorisation through the API (004 "Completing a C&F Assessment"; DOMAIN.md rule 20): sent
 * by the worker, it waits and opens nothing; approvals-service's decision, as it publishes it, either decides the step
 * (only then does it record what it opened) or returns it to the worker.
 */
@QuarkusTest
class PathwayOutcomeTest {

    private static final String PROBLEM = "urn:casework:problem:";
    private static final EventCodec CODEC = new EventCodec();
    private static final Duration WAIT = Duration.ofSeconds(15);

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

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\", DOMAIN rule 20: north.sw1's outcome waits and opens nothing; "
            + "returned by north.pm it is the worker's again; sent again and authorised it decides the C&F and "
            + "records what it opened, once, however often the decision arrives")
    void outcomeOpensNothingUntilAuthorised() {
        String child = registerChild("north.sw1", "CIN");
        String cfa = assessment(child);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        String etag = etag(child, cfa);
        as("north.sw1").header("If-Match", etag).body(outcome("OTHER_ACTIONS", today))
                .put(outcomePath(child, cfa)).then().statusCode(200)
                .body("state", equalTo("AWAITING_AUTHORISATION")).body("outcome", nullValue())
                .body("opens", nullValue());
        PathwayOutcomeRequested first = CODEC.data(published(EventType.PATHWAY_OUTCOME_REQUESTED.type(), child),
                PathwayOutcomeRequested.class);
        assertThat(first.stepId().toString()).isEqualTo(cfa);
        assertThat(first.outcome()).isEqualTo("OTHER_ACTIONS");
        assertThat(first.opens()).isEmpty();
        assertThat(first.closesCase()).isTrue();
        assertThat(first.completedDate()).isEqualTo(today);
        assertThat(first.requestedBy()).isEqualTo("north.sw1");
        assertThat(first.team()).isEqualTo("north");

        as("north.sw1").header("If-Match", etag(child, cfa)).body(outcome("CHILD_IN_NEED_PLAN", today))
                .put(outcomePath(child, cfa)).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-outcome-awaiting-authorisation"));

        // 004's warning: "if the decision is CIN, but the outcome selected is 'other actions' the case will close".
        decided(child, first, Outcome.RETURNED, "The decision was CIN: choose Create Child in Need Plan");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(stepPath(child, cfa)).then()
                .body("state", equalTo("OPEN")).body("opens", nullValue()).body("closesCase", nullValue()));

        as("north.sw1").header("If-Match", etag(child, cfa)).body(outcome("CHILD_IN_NEED_PLAN", today))
                .put(outcomePath(child, cfa)).then().statusCode(200)
                .body("state", equalTo("AWAITING_AUTHORISATION"));
        PathwayOutcomeRequested second = CODEC.data(CODEC.read(events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(EventType.PATHWAY_OUTCOME_REQUESTED.type()) && child.equals(e.subject())
                    && !e.data().path("outcomeRequestId").asText().equals(first.outcomeRequestId().toString());
        }, WAIT).value()), PathwayOutcomeRequested.class);
        assertThat(second.opens()).containsExactly("CHILD_IN_NEED_PLAN");

        ApprovalDecided approval = decided(child, second, Outcome.APPROVED, "The right outcome: a plan of support");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(stepPath(child, cfa)).then()
                .body("state", equalTo("DECIDED")).body("outcome", equalTo("CHILD_IN_NEED_PLAN"))
                .body("opens", equalTo(List.of("CHILD_IN_NEED_PLAN"))).body("closesCase", equalTo(false)));
        PathwayStepDecided effect = CODEC.data(CODEC.read(events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(EventType.PATHWAY_STEP_DECIDED.type()) && child.equals(e.subject())
                    && "CF_ASSESSMENT".equals(e.data().path("kind").asText());
        }, WAIT).value()), PathwayStepDecided.class);
        assertThat(effect.approvalRequestId()).isEqualTo(approval.requestId());
        assertThat(effect.decidedBy()).isEqualTo("north.pm");
        assertThat(effect.opens()).containsExactly("CHILD_IN_NEED_PLAN");

        String decidedTag = etag(child, cfa);
        send(child, approval);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> etag(child, cfa).equals(decidedTag));
        as("north.sw1").header("If-Match", decidedTag).body(outcome("EARLY_HELP", today))
                .put(outcomePath(child, cfa)).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-step-decided"));
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": a contact's outcome needs no manager; a completion date after "
            + "today, no reasons or an unknown outcome are refused with nothing changed; If-Match is required; "
            + "a worker outside the child's team may not send one")
    void outcomeRefusals() {
        String child = registerChild("north.sw1", "CIN");
        String contact = contact(child);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        as("north.sw1").header("If-Match", etag(child, contact)).body(outcome("CHILD_IN_NEED_PLAN", today))
                .put(outcomePath(child, contact)).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "front-door-decision-required"));

        String cfa = assessment(child);
        String etag = etag(child, cfa);
        as("north.sw1").body(outcome("CHILD_IN_NEED_PLAN", today)).put(outcomePath(child, cfa)).then()
                .statusCode(428);
        as("north.sw1").header("If-Match", etag).body(outcome("CHILD_IN_NEED_PLAN", today.plusDays(1)))
                .put(outcomePath(child, cfa)).then().statusCode(400)
                .body("type", equalTo(PROBLEM + "constraint-violation"))
                .body("violations.field", hasItem("completedDate"));
        as("north.sw1").header("If-Match", etag).body(Map.of("outcome", "CHILD_IN_NEED_PLAN",
                        "completedDate", today.toString(), "reasons", " "))
                .put(outcomePath(child, cfa)).then().statusCode(400);
        as("north.sw1").header("If-Match", etag).body(outcome("CIN_PLAN", today))
                .put(outcomePath(child, cfa)).then().statusCode(400);
        as("south.sw1").header("If-Match", etag).body(outcome("CHILD_IN_NEED_PLAN", today))
                .put(outcomePath(child, cfa)).then().statusCode(403);
        as("north.sw1").get(stepPath(child, cfa)).then().statusCode(200).body("state", equalTo("OPEN"))
                .header("ETag", equalTo(etag));
    }

    private static ApprovalDecided decided(String child, PathwayOutcomeRequested asked, Outcome outcome,
            String comments) {
        ApprovalDecided decision = new ApprovalDecided(UUID.randomUUID(), "CF_OUTCOME", UUID.fromString(child),
                asked.outcomeRequestId().toString(), outcome, comments, "north.pm", "Priya Shah",
                "Practice Manager", Instant.now());
        send(child, decision);
        return decision;
    }

    private static void send(String child, ApprovalDecided decision) {
        TopicProbe.send(approvalsTopic, child, events.event(decision, "/approvals-service", child));
    }

    private static Map<String, Object> outcome(String outcome, LocalDate completed) {
        return Map.of("outcome", outcome, "completedDate", completed.toString(),
                "reasons", "Needs met through a plan of support; the family agree");
    }

    private static String stepPath(String child, String step) {
        return "/children/" + child + "/pathway/steps/" + step;
    }

    private static String outcomePath(String child, String step) {
        return stepPath(child, step) + "/outcome";
    }

    private static String etag(String child, String step) {
        return as("north.sw1").get(stepPath(child, step)).then().statusCode(200).extract().header("ETag");
    }

    private static EventEnvelope published(String type, String child) {
        ConsumerRecord<String, String> record = events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(type) && child.equals(e.subject());
        }, WAIT);
        return CODEC.read(record.value());
    }

    private static String contact(String child) {
        return as("north.sw1").body(Map.of("source", "School designated safeguarding lead",
                        "receivedAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                                .toString()))
                .post("/children/" + child + "/pathway/contacts").then().statusCode(201).extract().path("id");
    }

    /** A C&F opened from a contact through a referral, as the front door opens it. */
    private static String assessment(String child) {
        String contact = contact(child);
        frontDoor(child, contact, "REFERRAL_TO_SOCIAL_CARE");
        String referral = openedFrom(child, contact);
        frontDoor(child, referral, "CF_ASSESSMENT");
        return openedFrom(child, referral);
    }

    private static void frontDoor(String child, String step, String decision) {
        as("north.sw1").header("If-Match", etag(child, step)).body(Map.of("decision", decision))
                .put(stepPath(child, step) + "/front-door-decision").then().statusCode(200);
    }

    private static String openedFrom(String child, String step) {
        List<Map<String, Object>> items = as("north.sw1").get("/children/" + child + "/pathway").then()
                .statusCode(200).extract().path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElseThrow();
    }
}
