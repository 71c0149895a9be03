package io.casework.approvals.rest;

import io.casework.approvals.PublishedApprovals;
import io.casework.approvals.TestTopics;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Requests asked through the API (issue 17) and the register of every decision on a child, through the API with real
 * tokens: records taken off site (002 s.11), a deadline extension asked of the practice manager (004), and the
 * decisions managers made directly in the services that own them.
 */
@QuarkusTest
class AskedRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final PublishedApprovals PUBLISHED = new PublishedApprovals();

    @Test
    @DisplayName("002 s.11: a worker asks to take a record off site with the agreed return date; it goes to their "
            + "practice manager, whose approval carries the fields; the return is recorded once")
    void recordTakenOffSite() {
        UUID child = registeredChild();
        String id = as("north.sw1").contentType(ContentType.JSON).body(offSite(child, offSiteFields()))
                .post("/approval-requests").then().statusCode(201).header("Location", notNullValue())
                .body("kind", equalTo("RECORD_OFF_SITE")).body("assignee.username", equalTo("north.pm"))
                .body("details.returnBy", equalTo("2026-12-04")).body("state", equalTo("PENDING"))
                .extract().path("id");
        as("north.sw1").post("/approval-requests/" + id + "/return").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:not-off-site"));

        as("north.pm").contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED", "comments", "Agreed: back by Friday, locked case."))
                .post("/approval-requests/" + id + "/decision").then().statusCode(200);
        ApprovalDecided decided = PUBLISHED.next(EventType.APPROVAL_DECIDED, child, ApprovalDecided.class);
        assertThat(decided.details()).containsEntry("returnBy", "2026-12-04").containsEntry("takenTo",
                "Family court, Leeds");

        String returnedAt = as("north.sw1").post("/approval-requests/" + id + "/return").then().statusCode(200)
                .body("returnedAt", notNullValue()).extract().path("returnedAt");
        as("north.pm").post("/approval-requests/" + id + "/return").then().statusCode(200)
                .body("returnedAt", equalTo(returnedAt));
    }

    @Test
    @DisplayName("issue 17: a request missing a field the catalogue requires, of a kind not asked through the API, or "
            + "with a subject its kind does not take is a 400 problem naming the field, and nothing is asked")
    void badRequestsChangeNothing() {
        UUID child = registeredChild();
        Map<String, String> noReturnDate = new HashMap<>(offSiteFields());
        noReturnDate.remove("returnBy");
        as("north.sw1").contentType(ContentType.JSON).body(offSite(child, noReturnDate)).post("/approval-requests")
                .then().statusCode(400).body("violations.field", hasItem("fields.returnBy"));
        Map<String, Object> closure = new HashMap<>(offSite(child, offSiteFields()));
        closure.put("kind", "CASE_CLOSURE");
        as("north.sw1").contentType(ContentType.JSON).body(closure).post("/approval-requests").then()
                .statusCode(400).body("violations.field", hasItem("kind"));
        Map<String, Object> withSubject = new HashMap<>(offSite(child, offSiteFields()));
        withSubject.put("subjectId", UUID.randomUUID().toString());
        as("north.sw1").contentType(ContentType.JSON).body(withSubject).post("/approval-requests").then()
                .statusCode(400).body("violations.field", hasItem("subjectId"));
        decisions("north.sw1", child).body("items", hasSize(0));
    }

    @Test
    @DisplayName("ACCESS-RULES record.write: asking is recording on the child's record, refused (and logged) for a "
            + "worker of another service area")
    void askingNeedsTheRecord() {
        UUID child = registeredChild();
        as("east.sw1").contentType(ContentType.JSON).body(offSite(child, offSiteFields())).post("/approval-requests")
                .then().statusCode(403).body("type", equalTo("urn:casework:problem:access-refused"));
    }

    @Test
    @DisplayName("004: a worker asks their practice manager to extend a deadline; the approval carries the new date "
            + "for deadlines-service to apply")
    void deadlineExtensionAsked() {
        UUID child = registeredChild();
        Map<String, Object> ask = new HashMap<>();
        ask.put("kind", "DEADLINE_EXTENSION");
        ask.put("childId", child.toString());
        ask.put("fields", Map.of("dueDate", "2026-12-18", "reason", "The school report comes after the holiday."));
        as("north.sw1").contentType(ContentType.JSON).body(ask).post("/approval-requests").then().statusCode(400)
                .body("violations.field", hasItem("subjectId"));
        String deadline = UUID.randomUUID().toString();
        ask.put("subjectId", deadline);
        String id = as("north.sw1").contentType(ContentType.JSON).body(ask).post("/approval-requests").then()
                .statusCode(201).body("assignee.username", equalTo("north.pm")).body("subjectId", equalTo(deadline))
                .extract().path("id");
        as("north.pm").contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED", "comments", "Agreed."))
                .post("/approval-requests/" + id + "/decision").then().statusCode(200);
        ApprovalDecided decided = PUBLISHED.next(EventType.APPROVAL_DECIDED, child, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("DEADLINE_EXTENSION");
        assertThat(decided.subjectId()).isEqualTo(deadline);
        assertThat(decided.details()).containsEntry("dueDate", "2026-12-18");
    }

    @Test
    @DisplayName("issue 17: a practice manager's reset of a C&F's priority, made in case-notes-service within their "
            + "own authority, is in the child's decisions as a direct decision with its reasons, once however often "
            + "it is announced, and a reset applying a request decided here is not registered twice; someone who may "
            + "not read the record is refused the list")
    void directDecisionsAreRegistered() {
        UUID child = registeredChild();
        UUID step = UUID.randomUUID();
        PathwayStepPriorityChanged reset = new PathwayStepPriorityChanged(step, child, "CF_ASSESSMENT",
                "north", LocalDate.now().minusDays(3), 30, null, null, "More agencies to hear from.", "north.pm",
                Instant.now(), null);
        // A reset that applies a request decided here is that request's decision: not registered again. Sent first,
        // on the child's partition, so that it has been applied by the time the direct one shows.
        TestRunTopics.publishAsOwner(new PathwayStepPriorityChanged(step, child, "CF_ASSESSMENT", "north",
                LocalDate.now().minusDays(3), 45, null, null, "Asked by the worker.", "north.pm",
                Instant.now().minusSeconds(60), UUID.randomUUID()), child);
        TestRunTopics.publishAsOwner(reset, child);
        TestRunTopics.publishAsOwner(reset, child);
        await().atMost(WAIT).untilAsserted(() -> decisions("north.sw1", child).body("items", hasSize(1))
                .body("items[0].kind", equalTo("CF_PRIORITY_CHANGE"))
                .body("items[0].decision.direct", equalTo(true))
                .body("items[0].decision.decidedBy.username", equalTo("north.pm"))
                .body("items[0].decision.comments", equalTo("Priority reset to 30 working days: More agencies to "
                        + "hear from.")));
        as("east.sw1").get("/children/" + child + "/decisions").then().statusCode(403);
    }

    private static ValidatableResponse decisions(String username, UUID child) {
        return as(username).get("/children/" + child + "/decisions").then().statusCode(200);
    }

    private static Map<String, Object> offSite(UUID child, Map<String, String> fields) {
        return Map.of("kind", "RECORD_OFF_SITE", "childId", child.toString(), "fields", fields);
    }

    private static Map<String, String> offSiteFields() {
        return Map.of("what", "Paper file, volume 2", "reason", "Needed at the final hearing",
                "takenTo", "Family court, Leeds", "securityMeasures", "Locked case; never left in a vehicle",
                "returnBy", "2026-12-04");
    }

    private static UUID registeredChild() {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Child " + child, "lcs-practice-guide", "north",
                "north.sw1", "CIN", LocalDate.now().minusDays(7)), child);
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child + "/decisions").then()
                .statusCode(200));
        return child;
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", KeycloakTokens.bearer(username));
    }
}
