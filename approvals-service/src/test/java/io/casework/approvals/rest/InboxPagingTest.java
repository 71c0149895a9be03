package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The inbox and the notifications come a page at a time, in a stable order, however much waits. */
@QuarkusTest
class InboxPagingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    @DisplayName("the inbox pages oldest first with a cursor that ends on the last page, and counts what waits")
    void inboxPagesOldestFirst() {
        UUID child = UUID.randomUUID();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            notes.add(TestTopics.send(TestTopics.submitted(child, NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes",
                    "north"))
                    .noteId().toString());
        }
        await().atMost(WAIT).until(() -> inbox(child, 25, null).extract().<List<String>>path("items").size() == 3);

        ValidatableResponse first = inbox(child, 2, null).body("total", equalTo(3)).body("next", notNullValue());
        List<String> seen = new ArrayList<>(first.extract().path("items.subjectId"));
        String next = first.extract().path("next");
        seen.addAll(inbox(child, 2, next).body("next", nullValue()).extract().path("items.subjectId"));

        // Submitted one after another on one partition, so requested in that order: the oldest waits first.
        assertThat(seen).containsExactlyElementsOf(notes);
    }

    @Test
    @DisplayName("issue 17: notifications page oldest first by default, newest first when asked; a decision marks the "
            + "notice that asked for it acted on, listed under ACTED and no longer under UNREAD")
    void notificationsPageOldestFirstAndActedOn() {
        UUID child = UUID.randomUUID();
        CaseNoteSubmitted older = TestTopics.send(
                TestTopics.submitted(child, NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes", "north"));
        CaseNoteSubmitted newer = TestTopics.send(
                TestTopics.submitted(child, NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes", "north"));
        await().atMost(WAIT).until(() -> notifications(child, 25, null).extract().<List<String>>path("items")
                .size() == 2);

        ValidatableResponse first = notifications(child, 1, null).body("total", equalTo(2))
                .body("items[0].state", equalTo("UNREAD"));
        String oldest = first.extract().path("items[0].requestId");
        String newest = notifications(child, 1, first.extract().path("next")).body("next", nullValue())
                .extract().path("items[0].requestId");
        assertThat(List.of(subjectOf(oldest), subjectOf(newest)))
                .containsExactly(older.noteId().toString(), newer.noteId().toString());
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).queryParam("childId", child.toString())
                .queryParam("order", "newest").get("/inbox/notifications").then().statusCode(200)
                .body("items.requestId", contains(newest, oldest));

        given().header("Authorization", KeycloakTokens.bearer("north.pm")).contentType("application/json")
                .body("{\"outcome\": \"APPROVED\", \"comments\": \"Agreed.\"}")
                .post("/approval-requests/" + newest + "/decision").then().statusCode(200);
        notifications(child, 25, null).body("total", equalTo(1)).body("items.requestId", hasItem(oldest));
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).queryParam("childId", child.toString())
                .queryParam("state", "ACTED").get("/inbox/notifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].requestId", equalTo(newest))
                .body("items[0].state", equalTo("ACTED"));
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).queryParam("state", "SOME")
                .get("/inbox/notifications").then().statusCode(400).body("violations.field", hasItem("state"));
    }

    @Test
    @DisplayName("a page size outside 1 to 100 or a cursor that was never issued is a 400 problem naming it")
    void badPagingIsRefused() {
        for (String limit : List.of("0", "101", "many")) {
            given().header("Authorization", KeycloakTokens.bearer("north.pm")).queryParam("limit", limit)
                    .get("/inbox").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("limit"));
        }
        for (String after : List.of("not a cursor", "bm90LWEtY3Vyc29y")) {
            given().header("Authorization", KeycloakTokens.bearer("north.pm")).queryParam("after", after)
                    .get("/inbox/notifications").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("after"));
        }
    }

    private static ValidatableResponse inbox(UUID child, int limit, String after) {
        return page("/inbox", child, limit, after);
    }

    private static ValidatableResponse notifications(UUID child, int limit, String after) {
        return page("/inbox/notifications", child, limit, after);
    }

    private static ValidatableResponse page(String path, UUID child, int limit, String after) {
        var request = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get(path).then().statusCode(200);
    }

    private static String subjectOf(String requestId) {
        return given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .get("/approval-requests/" + requestId).then().statusCode(200).extract().path("subjectId");
    }
}
