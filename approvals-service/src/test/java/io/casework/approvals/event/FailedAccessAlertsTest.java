package io.casework.approvals.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.testing.EventStreamClient;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 004 "Failed visits": visits-service's steps of failed access reach the manager each names in the child's team, at
 * once and once, as FAILED_ACCESS_ESCALATED alerts in their inbox and live stream; the end of the failed access marks
 * them read. Events in on the run's visits topic, inboxes read through REST and the stream with real tokens.
 */
@QuarkusTest
class FailedAccessAlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate SINCE = LocalDate.of(2026, 12, 10);

    @TestHTTPResource("/inbox/stream")
    URI streamUri;

    @Test
    @DisplayName("004 \"Failed visits\": the practice manager's step reaches north's practice manager, the team "
            + "manager's north's team manager, the senior manager's the senior manager of north's service area, "
            + "each with the child, the step, failedSince, failedVisits and alertBy; the senior manager's, delivered "
            + "twice and announced again, alerts once; nobody else hears of it")
    void eachStepReachesTheManagerItNames() {
        UUID child = UUID.randomUUID();
        UUID spell = UUID.randomUUID();
        TestRunTopics.publishAsOwner(step(spell, child, "north", "PRACTICE_MANAGER",
                "failed-visit-escalation-practice-manager", 2, LocalDate.of(2026, 12, 15)), child);
        TestRunTopics.publishAsOwner(step(spell, child, "north", "TEAM_MANAGER",
                "failed-access-team-manager-alert", 3, LocalDate.of(2026, 12, 21)), child);
        FailedAccessEscalated senior = step(spell, child, "north", "SENIOR_MANAGER",
                "failed-access-senior-manager-alert", 4, LocalDate.of(2026, 12, 29));
        EventEnvelope first = TestRunTopics.publishAsOwner(senior, child);
        TestRunTopics.redeliver(first);
        TestRunTopics.publishAsOwner(senior, child);

        assertAlert(awaitAlerts("north.pm", child).get(0), spell, "PRACTICE_MANAGER", 2, "2026-12-15");
        assertAlert(awaitAlerts("north.tm", child).get(0), spell, "TEAM_MANAGER", 3, "2026-12-21");
        Map<String, Object> toSeniorManager = awaitAlerts("senior.manager", child).get(0);
        assertAlert(toSeniorManager, spell, "SENIOR_MANAGER", 4, "2026-12-29");
        assertThat((String) toSeniorManager.get("message")).contains("senior manager", "case management decision",
                "2026-12-29");

        // Anything sent twice would have arrived with the later events.
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(alerts("senior.manager", child)).hasSize(1);
        assertThat(alerts("north.pm", child)).hasSize(1);
        assertThat(alerts("north.tm", child)).hasSize(1);
        for (String other : List.of("north.sw1", "south.pm", "east.sm", "head.of.service")) {
            assertThat(alerts(other, child)).as(other).isEmpty();
        }
    }

    @Test
    @DisplayName("004 \"Failed visits\": in another service area the senior manager's step reaches that area's senior "
            + "manager (east's), not north's, and is on their live stream at once")
    void theSeniorManagerOfTheChildsServiceArea() throws Exception {
        UUID child = UUID.randomUUID();
        UUID spell = UUID.randomUUID();
        String bearer = KeycloakTokens.bearer("east.sm");
        try (EventStreamClient eastSm = EventStreamClient.open(streamUri.toString(), bearer)) {
            eastSm.awaitLine(line -> line.startsWith(":") && line.contains("connected"), WAIT);
            TestRunTopics.publishAsOwner(step(spell, child, "east", "SENIOR_MANAGER",
                    "failed-access-senior-manager-alert", 4, LocalDate.of(2026, 12, 29)), child);

            JsonNode live = eastSm.awaitEvent(e -> child.toString().equals(e.path("childId").asText()), WAIT);
            assertThat(live.path("type").asText()).isEqualTo("FAILED_ACCESS_ESCALATED");
            assertThat(live.path("failedAccess").path("failedAccessId").asText()).isEqualTo(spell.toString());
            assertThat(live.path("failedAccess").path("step").asText()).isEqualTo("SENIOR_MANAGER");
            assertThat(live.path("failedAccess").path("alertBy").asText()).isEqualTo("2026-12-29");
            assertThat(live.has("requestId")).as("an alert about failed visits, not a request").isFalse();
        }
        assertThat(awaitAlerts("east.sm", child)).hasSize(1);
        assertThat(alerts("senior.manager", child)).isEmpty();
    }

    @Test
    @DisplayName("004 \"Failed visits\": a visit that sees the child ends the failed access, and its alerts no longer "
            + "ask anything: they are read; another spell's alert stays unread")
    void theEndSettlesTheSpellsAlerts() {
        UUID child = UUID.randomUUID();
        UUID spell = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        TestRunTopics.publishAsOwner(step(spell, child, "north", "PRACTICE_MANAGER",
                "failed-visit-escalation-practice-manager", 2, LocalDate.of(2026, 12, 15)), child);
        TestRunTopics.publishAsOwner(step(spell, child, "north", "TEAM_MANAGER",
                "failed-access-team-manager-alert", 3, LocalDate.of(2026, 12, 21)), child);
        awaitAlerts("north.pm", child);
        awaitAlerts("north.tm", child);

        TestRunTopics.publishAsOwner(new FailedAccessEnded(spell, child, LocalDate.of(2026, 12, 22),
                UUID.randomUUID(), Instant.parse("2026-12-22T11:00:00Z")), child);
        // The next spell of the same child, after the end, is a new one.
        TestRunTopics.publishAsOwner(step(later, child, "north", "PRACTICE_MANAGER",
                "failed-visit-escalation-practice-manager", 2, LocalDate.of(2027, 1, 12)), child);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(alerts("north.tm", child)).isEmpty();
            assertThat(alerts("north.pm", child)).singleElement().satisfies(alert -> assertThat(failedAccess(alert))
                    .containsEntry("failedAccessId", later.toString()));
        });
    }

    private static FailedAccessEscalated step(UUID spell, UUID child, String team, String role, String rule,
                                              int failedVisits, LocalDate alertBy) {
        return new FailedAccessEscalated(spell, child, team, team + ".sw1", role, rule, SINCE, SINCE.plusDays(7),
                failedVisits, alertBy, Instant.now());
    }

    private static void assertAlert(Map<String, Object> alert, UUID spell, String step, int failedVisits,
                                    String alertBy) {
        assertThat(alert).containsEntry("type", "FAILED_ACCESS_ESCALATED").containsEntry("requestId", null)
                .containsEntry("deadline", null);
        assertThat(failedAccess(alert)).containsEntry("failedAccessId", spell.toString()).containsEntry("step", step)
                .containsEntry("failedSince", SINCE.toString()).containsEntry("failedVisits", failedVisits)
                .containsEntry("alertBy", alertBy);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> failedAccess(Map<String, Object> notification) {
        return (Map<String, Object>) notification.get("failedAccess");
    }

    private static List<Map<String, Object>> awaitAlerts(String user, UUID child) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> alerts(user, child),
                list -> !list.isEmpty());
    }

    private static List<Map<String, Object>> alerts(String user, UUID child) {
        List<Map<String, Object>> items = given().header("Authorization", KeycloakTokens.bearer(user))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(n -> n.get("failedAccess") != null).toList();
    }
}
