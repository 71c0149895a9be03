package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.RiskAlertRequested;
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
 * 001 "Risk Alerts" in approvals-service: "only Heads of Service can make the decision for a risk alert to be
 * recorded". A risk alert asked for in case-notes-service (the event as it publishes it) is routed to the head of
 * service of the child's service area, shown with what they judge, and decided with reasons at the decision endpoint.
 */
@QuarkusTest
class RiskAlertRequestsTest {

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
    @DisplayName("001 \"Risk Alerts\": north.sw1's alert reaches head.of.service's inbox (not north.pm's or north.tm's) "
            + "with its kind, date, description and the entries it refers to; north.tm and senior.manager cannot "
            + "decide it; an approval without reasons is refused; head.of.service's approval is published for "
            + "case-notes-service to apply")
    void routedToTheHeadOfServiceAndDecidedWithReasons() {
        UUID note = UUID.randomUUID();
        RiskAlertRequested asked = send(new RiskAlertRequested(UUID.randomUUID(), UUID.randomUUID(), "DANGEROUS_PET",
                LocalDate.of(2026, 10, 14), "A large untrained dog is loose in the garden at every visit",
                List.of(note), List.of(), "north", "north.sw1", "Amelia Hughes", "Social Worker", Instant.now()));
        Map<String, Object> request = awaitPendingFor("head.of.service", asked);
        assertThat(request).containsEntry("kind", "RISK_ALERT").containsEntry("childId", asked.childId().toString())
                .containsEntry("riskAlert", Map.of("type", "DANGEROUS_PET", "startedOn", "2026-10-14",
                        "description", asked.description(), "noteIds", List.of(note.toString()),
                        "documentIds", List.of()));
        for (String notTheDecider : List.of("north.pm", "north.tm")) {
            assertThat(pendingFor(notTheDecider, asked.childId(), asked.riskAlertId().toString())).isEmpty();
        }
        String id = (String) request.get("id");

        decide("north.tm", id, "APPROVED", "Agreed").statusCode(403);
        decide("senior.manager", id, "APPROVED", "Agreed").statusCode(403);
        decide("head.of.service", id, "APPROVED", " ").statusCode(400);
        decide("head.of.service", id, "APPROVED", "Agreed: staff visit in pairs").statusCode(200)
                .body("state", equalTo("APPROVED")).body("riskAlert.type", equalTo("DANGEROUS_PET"));

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(),
                asked.childId().toString(), WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("RISK_ALERT");
        assertThat(decided.subjectId()).isEqualTo(asked.riskAlertId().toString());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("head.of.service");
        assertThat(decided.comments()).isEqualTo("Agreed: staff visit in pairs");
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": the same alert announced twice is one request; a refusal needs reasons too")
    void routedOnceAndRefusedWithReasons() {
        RiskAlertRequested asked = new RiskAlertRequested(UUID.randomUUID(), UUID.randomUUID(), "MAPPA",
                LocalDate.of(2026, 9, 1), "The father is managed under MAPPA (document of 1 September 2026)",
                List.of(), List.of(UUID.randomUUID()), "north", "north.sw1", "Amelia Hughes", "Social Worker",
                Instant.now());
        send(asked);
        send(asked);
        String id = (String) awaitPendingFor("head.of.service", asked).get("id");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> pendingFor("head.of.service",
                asked.childId(), asked.riskAlertId().toString()).size() == 1);
        decide("head.of.service", id, "RETURNED", "").statusCode(400);
        decide("head.of.service", id, "RETURNED", "Not confirmed by the probation service").statusCode(200)
                .body("state", equalTo("RETURNED"));
    }

    private static RiskAlertRequested send(RiskAlertRequested asked) {
        TestRunTopics.publishAsOwner(asked, asked.childId());
        return asked;
    }

    private static List<Map<String, Object>> pendingFor(String username, UUID child, String subject) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", child.toString()).get("/inbox").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .filter(r -> subject.equals(r.get("subjectId"))).toList();
    }

    private static Map<String, Object> awaitPendingFor(String username, RiskAlertRequested asked) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor(username, asked.childId(), asked.riskAlertId().toString()).stream()
                        .findFirst().orElse(null), r -> r != null);
    }
}
