package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.TestRunTopics;
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
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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

    /** The child's C&F, started as the front door starts it: contact, referral, then the decision for a C&F. */
    private static String assessment(String childId) {
        String contactId = contact(childId);
        assertThat(decide("north.sw1", childId, contactId, "REFERRAL_TO_SOCIAL_CARE").statusCode()).isEqualTo(200);
        String referralId = stepOpenedFrom(childId, contactId);
        assertThat(decide("north.sw1", childId, referralId, "CF_ASSESSMENT").statusCode()).isEqualTo(200);
        return stepOpenedFrom(childId, referralId);
    }

    /** A deadline deadlines-service opened on the step, announced on its topic of this run as it would announce it. */
    private static void deadlineOpened(String childId, String stepId, String ruleId, LocalDate due) {
        TestRunTopics.publishAsOwner(new DeadlineOpened(UUID.randomUUID(), UUID.fromString(childId), "PATHWAY_STEP",
                ruleId, stepId, "north", null, due, "test"), UUID.fromString(childId));
    }

    /** The step as the API shows it, once the condition holds (the announcements are applied as they arrive). */
    private static String stepOnceItShows(String childId, String stepId, String field, Object value) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as("north.sw1")
                .get("/children/" + childId + "/pathway/steps/" + stepId).then().statusCode(200)
                .body(field, value == null ? nullValue() : equalTo(value)));
        return as("north.sw1").get("/children/" + childId + "/pathway/steps/" + stepId).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\", issue 15: a C&F's due date and its priority "
            + "reminder's date are deadlines-service's to count; the step shows them once that service announces the "
            + "deadlines it opened for the step, a reset priority's new date once its deadline is announced, a "
            + "manager's extension, and never the date of a deadline for a priority the step no longer has")
    void datesLearntFromDeadlinesService() {
        String childId = registerChild("north.sw1", "CIN");
        String cfaId = assessment(childId);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/London"));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate tenDays = calendar.addWorkingDays(start, 10);
        LocalDate reminder = calendar.addWorkingDays(start, 5);
        LocalDate thirtyDays = calendar.addWorkingDays(start, 30);

        // Started, and nothing announced yet: the step has no dates of its own making.
        as("north.sw1").get("/children/" + childId + "/pathway/steps/" + cfaId).then().statusCode(200)
                .body("priorityWorkingDays", equalTo(10)).body("dueDate", nullValue())
                .body("priorityAlertDate", nullValue());

        deadlineOpened(childId, cfaId, "cf-priority-supervisor-alert", reminder);
        deadlineOpened(childId, cfaId, "cf-assessment-priority-10", tenDays);
        stepOnceItShows(childId, cfaId, "priorityAlertDate", reminder.toString());
        String etag = stepOnceItShows(childId, cfaId, "dueDate", tenDays.toString());

        // The reset keeps the reminder and drops the old due date until the new priority's deadline is announced.
        as("north.pm").header("If-Match", etag).body(Map.of("workingDays", 30, "reasons", "Four children"))
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(200)
                .body("priorityWorkingDays", equalTo(30)).body("dueDate", nullValue())
                .body("priorityAlertDate", equalTo(reminder.toString()));
        PathwayStepPriorityChanged changed = CODEC.data(published(
                "casework.case-notes.pathway-step-priority-changed", childId, "CF_ASSESSMENT"),
                PathwayStepPriorityChanged.class);
        assertThat(changed.priorityWorkingDays()).isEqualTo(30);
        assertThat(changed.previousDueDate()).isEqualTo(tenDays);
        assertThat(changed.dueDate()).isNull();
        deadlineOpened(childId, cfaId, "cf-assessment-priority-30", thirtyDays);
        stepOnceItShows(childId, cfaId, "dueDate", thirtyDays.toString());

        // Passed by: the withdrawn 10-day deadline's announcement and extension arriving late, and a deadline of
        // another kind whose subject has the same id. The reminder announced after them on the child's partition
        // shows that they were applied before it.
        deadlineOpened(childId, cfaId, "cf-assessment-priority-10", tenDays);
        TestRunTopics.publishAsOwner(new DeadlineExtended(UUID.randomUUID(), UUID.fromString(childId),
                "PATHWAY_STEP", "cf-assessment-priority-10", cfaId, tenDays, start.plusYears(1), "north.pm",
                "Late", Instant.now(), null), UUID.fromString(childId));
        TestRunTopics.publishAsOwner(new DeadlineOpened(UUID.randomUUID(), UUID.fromString(childId), "CASE_NOTE",
                "cf-assessment-priority-30", cfaId, "north", null, start.plusDays(1), "test"),
                UUID.fromString(childId));
        LocalDate reminderAgain = reminder.plusDays(1);
        deadlineOpened(childId, cfaId, "cf-priority-supervisor-alert", reminderAgain);
        stepOnceItShows(childId, cfaId, "priorityAlertDate", reminderAgain.toString());
        as("north.sw1").get("/children/" + childId + "/pathway/steps/" + cfaId).then().statusCode(200)
                .body("dueDate", equalTo(thirtyDays.toString()));

        // A manager's extension of the 30-day deadline moves the step's due date.
        LocalDate extended = calendar.addWorkingDays(thirtyDays, 5);
        TestRunTopics.publishAsOwner(new DeadlineExtended(UUID.randomUUID(), UUID.fromString(childId),
                "PATHWAY_STEP", "cf-assessment-priority-30", cfaId, thirtyDays, extended, "north.pm",
                "The father is abroad", Instant.now(), null), UUID.fromString(childId));
        stepOnceItShows(childId, cfaId, "dueDate", extended.toString());
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
        String etag = as("north.sw1").get("/children/" + childId + "/pathway/steps/" + cfaId).then().statusCode(200)
                .body("kind", equalTo("CF_ASSESSMENT")).body("priorityWorkingDays", equalTo(10))
                .body("startDate", equalTo(start.toString()))
                .extract().header("ETag");

        Map<String, Object> thirty = Map.of("workingDays", 30, "reasons", "Four children; the father to be traced");
        as("north.sw1").header("If-Match", etag).body(thirty)
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(403)
                .body("type", equalTo(PROBLEM + "access-refused"));
        String changed = as("north.pm").header("If-Match", etag).body(thirty)
                .put("/children/" + childId + "/pathway/steps/" + cfaId + "/priority").then().statusCode(200)
                .body("priorityWorkingDays", equalTo(30))
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
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\", issue 15: the events carry what deadlines-service "
            + "needs without asking back, the C&F's start and priority, and no dates: that service counts them")
    void eventsCarryTheStartAndPriority() {
        String childId = registerChild("north.sw1", "CIN");
        String contactId = contact(childId);
        assertThat(decide("north.sw1", childId, contactId, "REFERRAL_TO_SOCIAL_CARE").statusCode()).isEqualTo(200);
        String referralId = stepOpenedFrom(childId, contactId);
        assertThat(decide("north.sw1", childId, referralId, "CF_ASSESSMENT").statusCode()).isEqualTo(200);
        String cfaId = stepOpenedFrom(childId, referralId);

        LocalDate start = LocalDate.now(ZoneId.of("Europe/London"));
        PathwayStepStarted started = CODEC.data(published("casework.case-notes.pathway-step-started", childId,
                "CF_ASSESSMENT"), PathwayStepStarted.class);
        assertThat(started.stepId()).hasToString(cfaId);
        assertThat(started.openedFrom()).hasToString(referralId);
        assertThat(started.startDate()).isEqualTo(start);
        assertThat(started.priorityWorkingDays()).isEqualTo(10);
        assertThat(started.dueDate()).isNull();
        assertThat(started.priorityAlertDate()).isNull();
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
