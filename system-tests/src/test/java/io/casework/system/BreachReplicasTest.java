package io.casework.system;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Topics;
import io.casework.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.DEADLINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: with two replicas of deadlines-service scanning the same database, each breach is detected once and
 * published once, and so is each escalation step; each reaches the inbox of whom its rule names once. The second
 * replica is the same packaged service on port 8183, started by the project's own script as an operator would add
 * one.
 */
class BreachReplicasTest {

    private static final String SECOND = "deadlines-service:8183";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final int DISCUSSIONS = 4;
    private static final EventCodec CODEC = new EventCodec();

    @BeforeAll
    static void secondReplica() {
        Scripts.suite("start", SECOND);
    }

    @AfterAll
    static void stopSecondReplica() {
        Scripts.suite("stop", SECOND);
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\" (within 24 hours): strategy discussions recorded as started ten days ago "
            + "and never held are breached; with two replicas scanning, each breach and its escalation to the team "
            + "manager are published once and reach north.pm and north.tm once each")
    void eachBreachOnceWithTwoReplicas() throws Exception {
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Breach", "familyName",
                        UniqueNames.next(), "dateOfBirth", "2015-02-11", "planType", "CIN", "planStartDate",
                        LocalDate.now(LONDON).minusDays(30).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        LocalDate started = LocalDate.now(LONDON).minusDays(10);
        Instant prompted = started.atTime(9, 0).atZone(LONDON).toInstant();
        for (int i = 0; i < DISCUSSIONS; i++) {
            CASE_NOTES.as("north.sw1").body(Map.of("kind", "STRATEGY_DISCUSSION", "startDate", started.toString(),
                            "details", Map.of("promptedBy", "INCIDENT", "promptedAt",
                                    prompted.plus(i, ChronoUnit.MINUTES).toString())))
                    .post("/children/" + child + "/pathway/steps").then().statusCode(201);
        }

        // Both replicas scan every few seconds; one marks each breach, whichever takes the lock first.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).until(() -> discussions(child).stream()
                .filter(d -> d.get("breachedAt") != null).count() == DISCUSSIONS);
        List<String> ids = discussions(child).stream().map(d -> (String) d.get("id")).toList();

        // What the approvals inbox shows, once each: the breach to the practice manager who holds a strategy
        // discussion (004), its escalation to the team manager.
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).until(() ->
                alerts("north.pm", child, "DEADLINE_BREACHED").size() == DISCUSSIONS
                        && alerts("north.tm", child, "DEADLINE_ESCALATED").size() == DISCUSSIONS);
        // Several more scans by both replicas: nothing is announced again.
        Thread.sleep(15_000);
        assertThat(alerts("north.pm", child, "DEADLINE_BREACHED")).hasSize(DISCUSSIONS);
        assertThat(alerts("north.tm", child, "DEADLINE_ESCALATED")).hasSize(DISCUSSIONS);

        try (TopicProbe probe = new TopicProbe(Topics.DEADLINES)) {
            probe.await(r -> child.equals(r.key()) && r.value() != null && r.value().contains(
                    EventType.DEADLINE_ESCALATED.type()), EVENTUALLY);
            List<EventEnvelope> ours = new ArrayList<>();
            for (int look = 0; look < 20; look++) {
                probe.seen();
            }
            probe.seen().stream().filter(r -> child.equals(r.key()) && r.value() != null)
                    .forEach(r -> ours.add(CODEC.read(r.value())));
            Map<String, Long> breaches = countByDeadline(ours, EventType.DEADLINE_BREACHED);
            Map<String, Long> escalations = countByDeadline(ours, EventType.DEADLINE_ESCALATED);
            // The child's other deadlines may be breached too (its first statutory visit, counted from a plan that
            // started 30 days ago): each of those once as well.
            assertThat(breaches).as("one breach published per deadline").containsKeys(ids.toArray(String[]::new))
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
            assertThat(escalations).as("one escalation published per deadline")
                    .containsKeys(ids.toArray(String[]::new))
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
        }
    }

    private static List<Map<String, Object>> discussions(String child) {
        List<Map<String, Object>> items = DEADLINES.as("north.pm").queryParam("childId", child)
                .queryParam("limit", "100").get("/deadlines").then().statusCode(200).extract().path("items");
        return items.stream().filter(d -> "strategy-discussion".equals(d.get("ruleId"))).toList();
    }

    private static List<Map<String, Object>> alerts(String user, String child, String type) {
        List<Map<String, Object>> items = APPROVALS.as(user).queryParam("childId", child).queryParam("limit", "100")
                .get("/inbox/notifications").then().statusCode(200).extract().path("items");
        return items.stream().filter(n -> type.equals(n.get("type"))).toList();
    }

    private static Map<String, Long> countByDeadline(List<EventEnvelope> events, EventType type) {
        Function<EventEnvelope, String> deadline = e -> e.data().get("deadlineId").asText();
        return events.stream().filter(e -> e.type().equals(type.type()))
                .collect(Collectors.groupingBy(deadline, Collectors.counting()));
    }
}
