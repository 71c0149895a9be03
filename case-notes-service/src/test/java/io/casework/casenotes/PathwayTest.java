package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.TopicProbe;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The front door of the case pathway through the API (004 "Case Pathway"; DOMAIN.md "CART, the front door"). */
@QuarkusTest
class PathwayTest {

    private static final String PROBLEM = "urn:casework:problem:";
    private static final EventCodec CODEC = new EventCodec();

    static TopicProbe events;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    /** The child's first published event of this type whose data has this kind of step. */
    private static EventEnvelope published(String type, String childId, String kind) {
        ConsumerRecord<String, String> record = events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(type) && childId.equals(e.subject())
                    && kind.equals(e.data().path("kind").asText());
        }, Duration.ofSeconds(15));
        return CODEC.read(record.value());
    }

    private static String contact(String childId) {
        return as("north.sw1").body(Map.of("source", "School designated safeguarding lead",
                        "receivedAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/children/" + childId + "/pathway/contacts").then().statusCode(201)
                .header("ETag", "\"0\"").body("kind", equalTo("CONTACT")).body("state", equalTo("OPEN"))
                .extract().path("id");
    }

    private static ExtractableResponse<Response> decide(String user, String childId, String stepId, String decision) {
        String etag = as(user).get("/children/" + childId + "/pathway/steps/" + stepId).then().statusCode(200)
                .extract().header("ETag");
        return as(user).header("If-Match", etag).body(Map.of("decision", decision))
                .put("/children/" + childId + "/pathway/steps/" + stepId + "/front-door-decision").then().extract();
    }

    private static String stepOpenedFrom(String childId, String stepId) {
        List<Map<String, Object>> items = as("north.sw1").get("/children/" + childId + "/pathway").then()
                .statusCode(200).extract().path("items");
        return items.stream().filter(s -> stepId.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": contact -> referral -> C&F at 10 working days; "
            + "a practice manager resets it to 30 with reasons, a worker may not")
    void contactToAssessment() {
        String childId = registerChild("north.sw1", "CIN");
        String contactId = contact(childId);

        ExtractableResponse<Response> referred = decide("north.sw1", childId, contactId, "REFERRAL_TO_SOCIAL_CARE");
        assertThat(referred.statusCode()).isEqualTo(200);
        assertThat(referred.<String>path("state")).isEqualTo("DECIDED");
        assertThat(referred.<List<String>>path("opens")).containsExactly("REFERRAL");
        String referralId = stepOpenedFrom(childId, contactId);

        ExtractableResponse<Response> assessed = decide("north.sw1", childId, referralId, "CF_ASSESSMENT");
        assertThat(assessed.statusCode()).isEqualTo(200);
        assertThat(assessed.<List<String>>path("opens")).containsExactly("CF_ASSESSMENT");
        String cfaId = stepOpenedFrom(childId, referralId);

        LocalDate start = LocalDate.now(ZoneId.of("Europe/London"));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        String etag = as("north.sw1").get("/children/" + childId + "/pathway/steps/" + cfaId).then().statusCode(200)
                .body("kind", equalTo("CF_ASSESSMENT")).body("priorityWorkingDays", equalTo(10))
                .body("startDate", equalTo(start.toString()))
                .body("dueDate", equalTo(calendar.addWorkingDays(start, 10).toString()))
                .extract().header("ETag");

        Map<String, Object> thirty = Map.of("workingDays", 30, "reasons", "Four children; the father to be traced");
        as("north.sw1").header("If-Match", etag).body(thirty)
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(403)
                .body("type", equalTo(PROBLEM + "access-refused"));
        String changed = as("north.pm").header("If-Match", etag).body(thirty)
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(200)
                .body("priorityWorkingDays", equalTo(30))
                .body("dueDate", equalTo(calendar.addWorkingDays(start, 30).toString()))
                .extract().header("ETag");
        as("north.pm").header("If-Match", changed).body(thirty)
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(409)
                .body("type", equalTo(PROBLEM + "priority-unchanged"));
        as("north.pm").header("If-Match", changed).body(Map.of("workingDays", 20, "reasons", "r"))
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(400);
        as("north.pm").header("If-Match", etag).body(Map.of("workingDays", 45, "reasons", "r"))
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(412);

        // 004: before an outcome is chosen, the API says what each would open and that a manager must authorise it.
        List<Map<String, Object>> outcomes = as("north.sw1")
                .get("/children/" + childId + "/pathway/steps/" + cfaId + "/outcomes").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> cin = outcomes.stream().filter(o -> "CHILD_IN_NEED_PLAN".equals(o.get("outcome")))
                .findFirst().orElseThrow();
        Map<String, Object> other = outcomes.stream().filter(o -> "OTHER_ACTIONS".equals(o.get("outcome")))
                .findFirst().orElseThrow();
        assertThat(cin).containsEntry("opens", List.of("CHILD_IN_NEED_PLAN")).containsEntry("closesCase", false)
                .containsEntry("needsAuthorisation", true);
        assertThat(other).containsEntry("opens", List.of()).containsEntry("closesCase", true);

        as("north.sw1").get("/children/" + childId + "/pathway").then().statusCode(200)
                .body("items.kind", hasItem("CONTACT")).body("items.kind", hasItem("REFERRAL"))
                .body("items.kind", hasItem("CF_ASSESSMENT"));
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": the events carry what deadlines-service needs "
            + "without asking back: the C&F's start, priority, due date and the day the priority reminder falls")
    void eventsCarryTheDates() {
        String childId = registerChild("north.sw1", "CIN");
        String contactId = contact(childId);
        assertThat(decide("north.sw1", childId, contactId, "REFERRAL_TO_SOCIAL_CARE").statusCode()).isEqualTo(200);
        String referralId = stepOpenedFrom(childId, contactId);
        assertThat(decide("north.sw1", childId, referralId, "CF_ASSESSMENT").statusCode()).isEqualTo(200);
        String cfaId = stepOpenedFrom(childId, referralId);

        LocalDate start = LocalDate.now(ZoneId.of("Europe/London"));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        PathwayStepStarted started = CODEC.data(published("casework.case-notes.pathway-step-started", childId,
                "CF_ASSESSMENT"), PathwayStepStarted.class);
        assertThat(started.stepId()).hasToString(cfaId);
        assertThat(started.openedFrom()).hasToString(referralId);
        assertThat(started.startDate()).isEqualTo(start);
        assertThat(started.priorityWorkingDays()).isEqualTo(10);
        assertThat(started.dueDate()).isEqualTo(calendar.addWorkingDays(start, 10));
        assertThat(started.priorityAlertDate()).isEqualTo(calendar.addWorkingDays(start, 5));
        assertThat(started.team()).isNotBlank();

        PathwayStepDecided referred = CODEC.data(published("casework.case-notes.pathway-step-decided", childId,
                "REFERRAL"), PathwayStepDecided.class);
        assertThat(referred.outcome()).isEqualTo("CF_ASSESSMENT");
        assertThat(referred.opens()).containsExactly("CF_ASSESSMENT");
        assertThat(referred.closesCase()).isFalse();
    }

    @Test
    @DisplayName("DOMAIN.md \"CART, the front door\": a contact is not sent to a C&F directly, a decision stands once "
            + "made, and a change names its version; nothing changes on a refusal")
    void frontDoorRefusals() {
        String childId = registerChild("north.sw1", "CIN");
        String contactId = contact(childId);

        List<String> decisions = as("north.sw1")
                .get("/children/" + childId + "/pathway/steps/" + contactId + "/outcomes").then().statusCode(200)
                .extract().path("outcome");
        assertThat(decisions).contains("REFERRAL_TO_SOCIAL_CARE", "NO_FURTHER_ACTION")
                .doesNotContain("CF_ASSESSMENT", "STRATEGY_DISCUSSION");

        ExtractableResponse<Response> wrong = decide("north.sw1", childId, contactId, "CF_ASSESSMENT");
        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(wrong.<String>path("type")).isEqualTo(PROBLEM + "front-door-decision-not-for-step");

        as("north.sw1").body(Map.of("decision", "NO_FURTHER_ACTION"))
                .put("/children/" + childId + "/pathway/steps/" + contactId + "/front-door-decision").then()
                .statusCode(428);
        as("north.sw1").get("/children/" + childId + "/pathway/steps/" + contactId).then().statusCode(200)
                .body("state", equalTo("OPEN")).header("ETag", "\"0\"");

        ExtractableResponse<Response> closed = decide("north.sw1", childId, contactId, "NO_FURTHER_ACTION");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.<Boolean>path("closesCase")).isTrue();
        assertThat(closed.<List<String>>path("opens")).isEmpty();
        ExtractableResponse<Response> again = decide("north.sw1", childId, contactId, "EARLY_HELP");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.<String>path("type")).isEqualTo(PROBLEM + "pathway-step-decided");
        as("north.sw1").get("/children/" + childId + "/pathway").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    @DisplayName("004 \"Case Pathway\": a contact received in the future, or with no source, is refused and nothing "
            + "is recorded; someone outside the child's area may not record one")
    void badContacts() {
        String childId = registerChild("north.sw1", "CIN");
        as("north.sw1").body(Map.of("source", "Police", "receivedAt", Instant.now().plus(1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/children/" + childId + "/pathway/contacts").then().statusCode(400)
                .body("type", equalTo(PROBLEM + "constraint-violation"));
        as("north.sw1").body(Map.of("receivedAt", "2026-11-20T10:00:00Z"))
                .post("/children/" + childId + "/pathway/contacts").then().statusCode(400);
        as("east.sw1").body(Map.of("source", "Police", "receivedAt", "2026-11-20T10:00:00Z"))
                .post("/children/" + childId + "/pathway/contacts").then().statusCode(403);
        as("north.sw1").get("/children/" + childId + "/pathway").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
