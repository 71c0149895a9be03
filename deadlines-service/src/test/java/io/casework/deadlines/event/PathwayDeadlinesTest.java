package io.casework.deadlines.event;

import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.DemoOrganisation;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.send;
import static io.casework.deadlines.TestEvents.deadlines;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A C&F's deadlines as 004's rules say, read from the rule data: opened when the C&F starts, re-set with its
 * priority, met when it is decided, withdrawn when a roll-back moves the step out of the record (000). Events in on
 * the case notes topic, deadlines out through REST with real tokens.
 */
@QuarkusTest
class PathwayDeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": a C&F started on Monday 7 September 2026 is due "
            + "in 10 working days (21 September) for the allocated worker, and the supervisor's reminder to set the "
            + "priority in 5 (14 September) for the team; reset to 45 working days, the 10-day deadline is withdrawn, "
            + "a 45-day one opens (9 November) and the reminder is met; decided, the C&F's deadline is met")
    void assessmentDeadlinesFollowThePriority() {
        UUID child = registered();
        UUID step = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 9, 7);
        send(started(child, step, start), child);

        await().atMost(WAIT).until(() -> open(child).size() == 2);
        assertThat(open(child)).extracting(d -> d.get("ruleId"), d -> d.get("dueDate"), d -> assignee(d))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cf-assessment-priority-10", "2026-09-21", "north.sw1"),
                        org.assertj.core.groups.Tuple.tuple("cf-priority-supervisor-alert", "2026-09-14", null));
        String inForce = given().get("/timescales/lcs-practice-guide").then().statusCode(200).extract()
                .path("version");
        assertThat(open(child)).allSatisfy(d -> assertThat(d).containsEntry("rulesVersion", inForce)
                .containsEntry("kind", "PATHWAY_STEP").containsEntry("subjectId", step.toString()));

        send(new PathwayStepPriorityChanged(step, child, "CF_ASSESSMENT", "north", start, 45,
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 9, 21), "Complex family: more time agreed",
                "north.pm", Instant.parse("2026-09-10T10:00:00Z"), null), child);
        await().atMost(WAIT).untilAsserted(() -> assertThat(open(child)).extracting(d -> d.get("ruleId"))
                .containsExactly("cf-assessment-priority-45"));
        assertThat(open(child).get(0)).containsEntry("dueDate", "2026-11-09");
        assertThat(all(child)).filteredOn(d -> "cf-priority-supervisor-alert".equals(d.get("ruleId")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("state", "MET")
                        .containsEntry("late", false));
        assertThat(all(child)).filteredOn(d -> "cf-assessment-priority-10".equals(d.get("ruleId")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("state", "WITHDRAWN"));

        send(new PathwayStepDecided(step, child, "CF_ASSESSMENT", null, "north", "CHILD_IN_NEED_PLAN",
                List.of("CHILD_IN_NEED_PLAN"), false, false, LocalDate.of(2026, 11, 12), Map.of(), UUID.randomUUID(),
                "north.pm", Instant.parse("2026-11-12T15:00:00Z")), child);
        await().atMost(WAIT).until(() -> open(child).isEmpty());
        assertThat(all(child)).filteredOn(d -> "cf-assessment-priority-45".equals(d.get("ruleId")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("state", "MET")
                        .containsEntry("metOn", "2026-11-12").containsEntry("late", true));
    }

    @Test
    @DisplayName("000: a C&F rolled back on the head of service's approval no longer has deadlines: they are "
            + "withdrawn and kept; another child's are untouched")
    void rollBackWithdrawsTheStepsDeadlines() {
        UUID child = registered();
        UUID other = registered();
        UUID step = UUID.randomUUID();
        send(started(child, step, LocalDate.of(2026, 9, 7)), child);
        send(started(other, UUID.randomUUID(), LocalDate.of(2026, 9, 7)), other);
        await().atMost(WAIT).until(() -> open(child).size() == 2 && open(other).size() == 2);

        send(new ChildRolledBack(UUID.randomUUID(), UUID.randomUUID(), child, "north", LocalDate.of(2026, 9, 1),
                List.of(new ChildRolledBack.MovedStep(step, "CF_ASSESSMENT", LocalDate.of(2026, 9, 7), true)),
                UUID.randomUUID(), "head.of.service", "Margaret Osborne", Instant.parse("2026-09-09T12:00:00Z")),
                child);
        await().atMost(WAIT).until(() -> open(child).isEmpty());
        assertThat(all(child)).hasSize(2).allSatisfy(d -> assertThat(d).containsEntry("state", "WITHDRAWN"));
        assertThat(open(other)).hasSize(2);
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\": a strategy discussion is due within 24 hours, held by the practice "
            + "manager's team; held the next day, its deadline is met on the day it was held")
    void strategyDiscussionIsMetWhenHeld() {
        UUID child = registered();
        UUID step = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 9, 7);
        send(new PathwayStepStarted(step, child, "STRATEGY_DISCUSSION", null, null, "north", start, null, null, null,
                null, null, null, Map.of(), null, "north.sw1", Instant.parse("2026-09-07T09:00:00Z")), child);
        await().atMost(WAIT).untilAsserted(() -> assertThat(open(child)).extracting(d -> d.get("ruleId"))
                .containsExactly("strategy-discussion"));

        send(new PathwayStepHeld(step, child, "STRATEGY_DISCUSSION", null, "north",
                Instant.parse("2026-09-08T10:00:00Z"), "Alex Example", List.of(), true, List.of(), Map.of(),
                "north.pm", Instant.parse("2026-09-08T12:00:00Z")), child);
        await().atMost(WAIT).until(() -> open(child).isEmpty());
        assertThat(all(child)).singleElement().satisfies(d -> assertThat(d).containsEntry("state", "MET")
                .containsEntry("metOn", "2026-09-08"));
    }

    private static UUID registered() {
        UUID child = UUID.randomUUID();
        send(new ChildRegistered(child, "A. Child", "lcs-practice-guide", "north", "north.sw1", "CIN",
                LocalDate.of(2026, 1, 5)), child);
        // Known here once its registration is applied: until then its deadlines are a 404.
        await().atMost(WAIT).ignoreExceptions().until(() -> all(child) != null);
        return child;
    }

    private static PathwayStepStarted started(UUID child, UUID step, LocalDate start) {
        return new PathwayStepStarted(step, child, "CF_ASSESSMENT", null, null, "north", start, null, null, 10,
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 14), null, Map.of(), null, "north.sw1",
                start.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
    }

    private static List<Map<String, Object>> open(UUID child) {
        return deadlines(child, "north.tm", "OPEN");
    }

    private static List<Map<String, Object>> all(UUID child) {
        return deadlines(child, "north.tm", null);
    }

    private static Object assignee(Map<String, Object> deadline) {
        Object person = deadline.get("assignee");
        return person == null ? null : ((Map<?, ?>) person).get("username");
    }
}
