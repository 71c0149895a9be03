package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.RollBackRequested;
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

/**
 * 000 "Practice Guidance on EHM and LCS Roll-Backs" in approvals-service: a roll-back request, commented by the line
 * manager in case-notes-service, is routed to the head of service of the child's area and decided at the decision
 * endpoint, with reasons either way. The event arrives as case-notes-service publishes it.
 */
@QuarkusTest
class RollBackRequestsTest {

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
    @DisplayName("000: \"these can now only be authorised by a Head of Service or higher\": north.sw1's roll-back "
            + "request reaches head.of.service's inbox and not the team's managers; north.tm cannot decide it; an "
            + "approval without reasons is refused (DOMAIN rule 20); the approval is published once, for "
            + "case-notes-service to apply; the same request arriving again is routed once")
    void routedToTheHeadOfService() {
        RollBackRequested asked = requested();
        TestRunTopics.publishAsOwner(asked, asked.childId());
        Map<String, Object> request = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("head.of.service", asked).stream().findFirst().orElse(null), r -> r != null);
        assertThat(request).containsEntry("kind", "ROLL_BACK").containsEntry("childId", asked.childId().toString());
        assertThat(pendingFor("north.tm", asked)).isEmpty();
        assertThat(pendingFor("north.pm", asked)).isEmpty();
        String id = (String) request.get("id");

        TestRunTopics.publishAsOwner(asked, asked.childId());
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> pendingFor("head.of.service", asked).size() == 1);
        decide("north.tm", id, "APPROVED", "Agreed").statusCode(403);
        decide("head.of.service", id, "APPROVED", " ").statusCode(400);
        decide("head.of.service", id, "APPROVED", "Approved: recorded on the wrong record").statusCode(200)
                .body("state", equalTo("APPROVED"));

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(),
                asked.childId().toString(), WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("ROLL_BACK");
        assertThat(decided.subjectId()).isEqualTo(asked.rollBackRequestId().toString());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.comments()).isEqualTo("Approved: recorded on the wrong record");
    }

    private static RollBackRequested requested() {
        LocalDate today = LocalDate.now();
        return new RollBackRequested(UUID.randomUUID(), UUID.randomUUID(), "case-1", "Maya Example", "north.sw1",
                "north", "north-locality", today, "The assessment was started on the wrong child's record",
                today.minusDays(5), List.of(new RollBackRequested.RolledBackStep(UUID.randomUUID(), "CF_ASSESSMENT",
                        today.minusDays(2))), "The strategy discussion is withdrawn", "north.tm", "Jo Example",
                "Agreed: it belongs to the brother's record", "north.sw1", "Sam Example", "Social Worker",
                Instant.now());
    }

    private static List<Map<String, Object>> pendingFor(String username, RollBackRequested asked) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", asked.childId().toString()).get("/inbox").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .filter(r -> asked.rollBackRequestId().toString().equals(r.get("subjectId"))).toList();
    }
}
