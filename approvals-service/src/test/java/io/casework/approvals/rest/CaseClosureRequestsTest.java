package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseClosureRequested;
import io.casework.contracts.events.ChildRegistered;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * 002 s.12 "Case Closures" in approvals-service: a closure sent for the manager's oversight reaches the practice
 * manager of the child's team as CASE_CLOSURE, once, with the reason and the referrer's feedback in the notice; the
 * decision needs reasons and is published for case-notes-service to apply.
 */
@QuarkusTest
class CaseClosureRequestsTest {

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
    @DisplayName("002 s.12 step 3, DOMAIN rule 20: north.sw1's closure reaches north.pm as CASE_CLOSURE, once however "
            + "often announced, the notice naming the reason and the referrer's feedback; north.sw1 cannot decide "
            + "it; an approval without reasons is refused; north.pm's approval with reasons is published")
    void closureDecidedByThePracticeManager() {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Child " + child, "lcs-practice-guide", "north",
                "north.sw1", "CIN", LocalDate.now().minusDays(7)), child);
        CaseClosureRequested asked = new CaseClosureRequested(UUID.randomUUID(), child,
                "NO_FURTHER_ACTION_ON_REFERRAL", "Concerns addressed by the school nurse",
                "Told the school's safeguarding lead by phone", "north", "north.sw1", "Amelia Hughes",
                "Social Worker", Instant.now());
        TestRunTopics.publishAsOwner(asked, child);
        TestRunTopics.publishAsOwner(asked, child);

        String subject = asked.closureId().toString();
        Map<String, Object> request = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> pendingFor("north.pm", child, subject).stream().findFirst().orElse(null),
                        r -> r != null);
        assertThat(request).containsEntry("kind", "CASE_CLOSURE").containsEntry("childId", child.toString());
        String id = (String) request.get("id");
        given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .body("items.find { it.requestId == '" + id + "' }.message",
                        containsString("Told the school's safeguarding lead by phone"));

        decide("north.sw1", id, "APPROVED", "Agreed").statusCode(403)
                .body("type", equalTo("urn:casework:problem:self-approval"));
        decide("north.pm", id, "APPROVED", " ").statusCode(400).body("violations.field", hasItem("comments"));
        decide("north.pm", id, "APPROVED", "Closure appropriate: no further role for children's services")
                .statusCode(200).body("state", equalTo("APPROVED"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(250))
                .until(() -> pendingFor("north.pm", child, subject).isEmpty());

        EventEnvelope published = approvalsTopic.awaitEvent(EventType.APPROVAL_DECIDED.type(), child.toString(),
                WAIT);
        ApprovalDecided decided = CODEC.data(published, ApprovalDecided.class);
        assertThat(decided.kind()).isEqualTo("CASE_CLOSURE");
        assertThat(decided.subjectId()).isEqualTo(subject);
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("north.pm");
    }

    private static List<Map<String, Object>> pendingFor(String username, UUID child, String subject) {
        return given().header("Authorization", KeycloakTokens.bearer(username))
                .queryParam("childId", child.toString()).get("/inbox").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .filter(r -> subject.equals(r.get("subjectId"))).toList();
    }
}
