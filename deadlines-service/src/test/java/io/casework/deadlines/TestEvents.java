package io.casework.deadlines;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitScheduled;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Publishes events as case-notes-service and visits-service would, onto this test run's own topics, and names the
 * topics this service writes to in the run.
 */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private TestEvents() {
    }

    public static String caseNotesTopic() {
        return TestRunTopics.topic("case-notes");
    }

    public static String visitsTopic() {
        return TestRunTopics.topic("visits");
    }

    public static String deadlinesTopic() {
        return TestRunTopics.topic("deadlines");
    }

    public static String deadLetterTopic() {
        return TestRunTopics.deadLetters("deadlines");
    }

    /** Sends the envelope again, as a redelivery of the same event. */
    public static EventEnvelope send(EventEnvelope envelope) {
        return TestRunTopics.redeliver(envelope);
    }

    /**
     * Sends the event, first registering its child on the case-notes topic as case-notes-service would have (once per
     * child): the access policy needs the child's team and allocated worker before anyone may read its deadlines.
     */
    public static EventEnvelope send(Object payload, UUID childId) {
        DemoOrganisation.ensure();
        if (payload instanceof VisitScheduled visit) {
            register(childId, visit.team(), visit.allocatedWorker(), visit.planType());
        } else if (payload instanceof CaseNoteSubmitted note) {
            register(childId, note.team(), note.authorUsername(), "CP");
        }
        return TestRunTopics.publishAsOwner(payload, childId);
    }

    private static void register(UUID childId, String team, String worker, String planType) {
        if (REGISTERED.add(caseNotesTopic() + childId)) {
            TestRunTopics.publishAsOwner(new ChildRegistered(childId, "Child " + childId.toString().substring(0, 8),
                    "lcs-practice-guide", team, worker, planType, LocalDate.now()), childId);
        }
    }

    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        return CODEC.data(envelope, type);
    }

    /** One page of the child's deadlines as {@code user} reads them through REST, in one state or all (null). */
    public static List<Map<String, Object>> deadlines(UUID child, String user, String state) {
        var request = given().header("Authorization", KeycloakTokens.bearer(user)).queryParam("childId", child);
        if (state != null) {
            request.queryParam("state", state);
        }
        JsonPath body = request.get("/deadlines").then().statusCode(200).extract().jsonPath();
        return body.getList("items");
    }
}
