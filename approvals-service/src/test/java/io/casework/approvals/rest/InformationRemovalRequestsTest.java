package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.casework.approvals.rest.OversightRequestsTest.decide;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A request to remove factually inaccurate personal information (002 s.5) through the consumer, the catalogue's
 * routing to the team manager, the inbox and the decision API, to the published decision (DOMAIN.md rule 20).
 */
@QuarkusTest
class InformationRemovalRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final EventCodec CODEC = new EventCodec();
    private static TopicProbe approvalsTopic;

    @BeforeAll
    static void probe() {
        approvalsTopic = new TopicProbe(TestTopics.approvals());
    }

    @AfterAll
    static void close() {
        if (approvalsTopic != null) {
            approvalsTopic.close();
        }
    }

    @Test
    @DisplayName("001 Case Record Integrity, 002 s.5: the catalogue routes a removal to the team manager and requires "
            + "reasons, with the seed it comes from")
    void catalogued() {
        List<Map<String, Object>> kinds = given().get("/organisation/decision-kinds").then().statusCode(200)
                .extract().path("findAll { it.id == 'REMOVE_INACCURATE_INFORMATION' }");
        assertThat(kinds).singleElement().satisfies(kind -> {
            assertThat(kind).containsEntry("decidedBy", "TEAM_MANAGER").containsEntry("reasonsRequired", true);
            assertThat(kind.get("source")).asString().contains("002");
        });
    }

    @Test
    @DisplayName("002 s.5: a removal request lands in north.tm's inbox (not north.pm's) with what would be removed and "
            + "why, never the content; ApprovalRequested is published")
    void routedToTheTeamManager() {
        InformationRemovalRequested asked = send(TestTopics.removalRequested("north.sw1", "Amelia Hughes", "north"));

        Map<String, Object> request = awaitPendingFor("north.tm", asked);
        assertThat(request).containsEntry("kind", "REMOVE_INACCURATE_INFORMATION")
                .containsEntry("subjectId", asked.removalRequestId().toString())
                .containsEntry("childId", asked.childId().toString());
        assertThat(request.get("assignee")).asString().contains("north.tm");
        assertThat(request.get("informationRemoval")).isEqualTo(Map.of(
                "noteId", asked.noteId().toString(), "version", 1, "fields", List.of("NARRATIVE"),
                "informationKind", "HEALTH", "concerns", "THIRD_PARTY", "ground", "RECORDED_ON_WRONG_RECORD",
                "reason", asked.reason(), "whyAmendmentIsNotEnough", asked.whyAmendmentIsNotEnough(),
                "laterEntriesUnaffected", asked.laterEntriesUnaffected()));
        assertThat(pendingFor("north.pm", asked)).isEmpty();

        given().header("Authorization", KeycloakTokens.bearer("north.tm"))
                .queryParam("childId", asked.childId().toString()).get("/inbox/notifications").then()
                .statusCode(200)
                .body("items.find { it.requestId == '" + request.get("id") + "' }.message",
                        containsString("Amelia Hughes"));
        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_REQUESTED.type(),
                asked.childId().toString(), WAIT);
        ApprovalRequested event = CODEC.data(published, ApprovalRequested.class);
        assertThat(event.assignee()).isEqualTo("north.tm");
        assertThat(event.kind()).isEqualTo("REMOVE_INACCURATE_INFORMATION");
    }

    @Test
    @DisplayName("002 s.5: a removal of a note's sections shows the decider which sections, by name and in words in "
            + "the notification, never their content")
    void sectionsNamed() {
        InformationRemovalRequested asked = send(TestTopics.removalRequested("north.sw1", "Amelia Hughes", "north",
                NoteContentField.PARENTS_AND_CARERS, NoteContentField.STATEMENTS));

        Map<String, Object> request = awaitPendingFor("north.tm", asked);
        assertThat(request.get("informationRemoval")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("fields", List.of("PARENTS_AND_CARERS", "STATEMENTS"));
        given().header("Authorization", KeycloakTokens.bearer("north.tm"))
                .queryParam("childId", asked.childId().toString()).get("/inbox/notifications").then()
                .statusCode(200)
                .body("items.find { it.requestId == '" + request.get("id") + "' }.message",
                        containsString("the parents' and carers' views, the statements of version 1"));
    }

    @Test
    @DisplayName("DOMAIN rule 20: an approval of a removal without reasons is a 400 naming comments; with them, "
            + "north.tm's decision is published for case-notes-service to apply")
    void reasonsRequiredEvenToApprove() {
        InformationRemovalRequested asked = send(TestTopics.removalRequested("north.sw1", "Amelia Hughes", "north"));
        String id = (String) awaitPendingFor("north.tm", asked).get("id");

        decide("north.tm", id, "APPROVED", " ").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("comments"));
        decide("north.tm", id, "APPROVED", "The criteria are met: a third party's health, recorded by mistake.")
                .statusCode(200).body("state", equalTo("APPROVED"))
                .body("decision.decidedBy.username", equalTo("north.tm"))
                .body("informationRemoval.fields", equalTo(List.of("NARRATIVE")));

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(),
                asked.childId().toString(), WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("REMOVE_INACCURATE_INFORMATION");
        assertThat(decided.subjectId()).isEqualTo(asked.removalRequestId().toString());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.comments()).startsWith("The criteria are met");
    }

    @Test
    @DisplayName("001 Case Record Integrity: the practice manager is below the team manager's decision; the requester "
            + "never decides their own; the senior manager above may")
    void whoMayDecide() {
        InformationRemovalRequested asked = send(TestTopics.removalRequested("north.sw2", "Oliver Bennett", "north"));
        String id = (String) awaitPendingFor("north.tm", asked).get("id");

        decide("north.pm", id, "APPROVED", "Fine by me").statusCode(403)
                .body("type", equalTo("urn:casework:problem:not-on-management-line"));
        decide("north.sw2", id, "APPROVED", "Mine").statusCode(403)
                .body("type", equalTo("urn:casework:problem:self-approval"));
        decide("senior.manager", id, "RETURNED", "It is the neighbour's account as given: correct it by an amendment.")
                .statusCode(200).body("state", equalTo("RETURNED"));
    }

    @Test
    @DisplayName("a team manager's own removal request goes above them, to the senior manager")
    void teamManagersOwnRequest() {
        InformationRemovalRequested asked = send(TestTopics.removalRequested("north.tm", "Jo Example", "north"));
        awaitPendingFor("senior.manager", asked);
    }

    private static InformationRemovalRequested send(InformationRemovalRequested asked) {
        TestRunTopics.publishAsOwner(asked, asked.childId());
        return asked;
    }

    private static List<Map<String, Object>> pendingFor(String username, InformationRemovalRequested asked) {
        List<Map<String, Object>> pending = given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", asked.childId().toString()).get("/inbox").then().statusCode(200)
                .extract().path("items");
        return pending.stream().filter(r -> asked.removalRequestId().toString().equals(r.get("subjectId"))).toList();
    }

    private static Map<String, Object> awaitPendingFor(String username, InformationRemovalRequested asked) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor(username, asked).stream().findFirst().orElse(null), r -> r != null);
    }
}
