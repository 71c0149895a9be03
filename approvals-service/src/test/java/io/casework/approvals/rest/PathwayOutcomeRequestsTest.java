package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.approvals.rest.OversightRequestsTest.decide;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * 004 "Completing a C&F Assessment" and DOMAIN.md rule 20 in approvals-service: a C&F outcome sent for authorisation
 * reaches the practice manager of the child's team with what it will open, once, and is decided at the decision
 * endpoint; the decision is published for case-notes-service to apply. The events arrive as case-notes-service
 * publishes them.
 */
@QuarkusTest
class PathwayOutcomeRequestsTest {

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
    @DisplayName("004 \"Completing a C&F Assessment\", DOMAIN rule 20: north.sw1's C&F outcome reaches north.pm's "
            + "inbox as CF_OUTCOME with the outcome, what it will open and the worker's reasons; announced twice it "
            + "is one request; north.sw1 cannot authorise it; north.pm's authorisation is published")
    void outcomeAuthorisedByThePracticeManager() {
        UUID child = registered("north");
        PathwayOutcomeRequested asked = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "CF_ASSESSMENT", "CHILD_IN_NEED_PLAN", List.of("CHILD_IN_NEED_PLAN"), false,
                LocalDate.now().minusDays(1), "Needs met through a plan of support; the family agree", Map.of(),
                "north", "north.sw1", "Amelia Hughes", "Social Worker", Instant.now());
        TestRunTopics.publishAsOwner(asked, child);
        TestRunTopics.publishAsOwner(asked, child);

        String subject = asked.outcomeRequestId().toString();
        Map<String, Object> request = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("north.pm", child, subject).stream().findFirst().orElse(null),
                        r -> r != null);
        assertThat(request).containsEntry("kind", "CF_OUTCOME").containsEntry("childId", child.toString());
        assertThat(request.get("pathwayOutcome")).isEqualTo(Map.of("stepId", asked.stepId().toString(),
                "stepKind", "CF_ASSESSMENT", "outcome", "CHILD_IN_NEED_PLAN", "opens", List.of("CHILD_IN_NEED_PLAN"),
                "closesCase", false, "completedDate", asked.completedDate().toString(), "reasons", asked.reasons(),
                "details", Map.of()));
        String id = (String) request.get("id");

        decide("north.sw1", id, "APPROVED", "Agreed").statusCode(403)
                .body("type", equalTo("urn:casework:problem:self-approval"));
        decide("north.pm", id, "APPROVED", "The right outcome: a plan of support opens")
                .statusCode(200).body("state", equalTo("APPROVED"))
                .body("pathwayOutcome.opens[0]", equalTo("CHILD_IN_NEED_PLAN"));
        // The duplicate, on the same child's partition behind the first, opens no second request.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(250))
                .until(() -> pendingFor("north.pm", child, subject).isEmpty());

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(), child.toString(),
                WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("CF_OUTCOME");
        assertThat(decided.subjectId()).isEqualTo(subject);
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("north.pm");
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\", \"Recording Outcomes from S47 Enquiries\", DOMAIN rule 20: a strategy "
            + "discussion's decision and an S47's outcome reach north.pm as STRATEGY_DISCUSSION_DECISION and "
            + "S47_OUTCOME, the discussion's further actions (who, by when) and whether it goes to conference shown "
            + "to the decider")
    void strategyDiscussionAndS47ReachThePracticeManager() {
        UUID child = registered("north");
        Map<String, Object> facts = Map.of("toConference", true, "furtherActions", List.of(Map.of(
                "action", "Joint visit to the child at school", "who", "DC Shah and the social worker",
                "byWhen", LocalDate.now().toString())));
        PathwayOutcomeRequested discussion = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "STRATEGY_DISCUSSION", "S47_ENQUIRY", List.of("S47_ENQUIRY"), false, LocalDate.now(),
                "Threshold for significant harm met", facts, "north", "north.sw1", "Amelia Hughes", "Social Worker",
                Instant.now());
        PathwayOutcomeRequested enquiry = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "S47_ENQUIRY", "INITIAL_CHILD_PROTECTION_CONFERENCE", List.of("INITIAL_CHILD_PROTECTION_CONFERENCE"),
                false, LocalDate.now(), "Concerns substantiated", Map.of("method", "JOINT_AGENCY", "childSeen", true),
                "north", "north.sw1", "Amelia Hughes", "Social Worker", Instant.now());
        TestRunTopics.publishAsOwner(discussion, child);
        TestRunTopics.publishAsOwner(enquiry, child);

        Map<String, Object> decision = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("north.pm", child, discussion.outcomeRequestId().toString()).stream()
                        .findFirst().orElse(null), r -> r != null);
        assertThat(decision).containsEntry("kind", "STRATEGY_DISCUSSION_DECISION");
        assertThat(((Map<?, ?>) decision.get("pathwayOutcome")).get("details")).isEqualTo(facts);
        Map<String, Object> outcome = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("north.pm", child, enquiry.outcomeRequestId().toString()).stream()
                        .findFirst().orElse(null), r -> r != null);
        assertThat(outcome).containsEntry("kind", "S47_OUTCOME");
        assertThat(((Map<?, ?>) outcome.get("pathwayOutcome")).get("opens"))
                .isEqualTo(List.of("INITIAL_CHILD_PROTECTION_CONFERENCE"));
        // 004: "Your manager will fill in the Reason(s) for Decision(s)": an approval without them is refused.
        decide("north.pm", (String) decision.get("id"), "APPROVED", " ").statusCode(400)
                .body("violations.field", hasItem("comments"));
        decide("north.pm", (String) outcome.get("id"), "APPROVED", "").statusCode(400);
        decide("north.pm", (String) decision.get("id"), "APPROVED", "Threshold met; police and health agree")
                .statusCode(200).body("state", equalTo("APPROVED"));
    }

    private static UUID registered(String team) {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Child " + child, "lcs-practice-guide", team,
                team + ".sw1", "CIN", LocalDate.now().minusDays(7)), child);
        return child;
    }

    private static List<Map<String, Object>> pendingFor(String username, UUID child, String subject) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", child.toString()).get("/inbox").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .filter(r -> subject.equals(r.get("subjectId"))).toList();
    }
}
