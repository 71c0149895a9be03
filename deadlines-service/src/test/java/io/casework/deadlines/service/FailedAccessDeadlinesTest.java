package io.casework.deadlines.service;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.data;
import static io.casework.deadlines.TestEvents.deadlines;
import static io.casework.deadlines.TestEvents.deadlinesTopic;
import static io.casework.deadlines.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 004 "Failed visits": each step visits-service escalates is a deadline for the step's manager to record a case
 * management decision, held in the child's team and due on the day visits-service announced; a management decision
 * note submitted after the escalation meets it, the end of the failed access or the case closing withdraws it, and
 * the breach scan finds it when it is missed. Events in on the run's topics, deadlines read through REST with real
 * tokens.
 */
@QuarkusTest
class FailedAccessDeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final EventCodec CODEC = new EventCodec();
    private static final String PRACTICE_MANAGER_RULE = "failed-visit-escalation-practice-manager";
    private static final String TEAM_MANAGER_RULE = "failed-access-team-manager-alert";
    private static final String SENIOR_MANAGER_RULE = "failed-access-senior-manager-alert";

    @Inject
    BreachScan scan;

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("004 \"Failed visits\": a spell failing since Thursday 10 December 2026 opens three deadlines, held "
            + "in the child's team: the practice manager's by Tuesday 15, the team manager's by Monday 21 and the "
            + "senior manager's, escalated on Thursday 24 December, by Tuesday 29 December (25 and 28 December are "
            + "bank holidays); the senior manager's step announced twice opens one")
    void eachStepIsADeadlineOfItsOwn() {
        UUID child = registered();
        UUID spell = UUID.randomUUID();
        LocalDate since = LocalDate.of(2026, 12, 10);
        send(step(spell, child, "PRACTICE_MANAGER", PRACTICE_MANAGER_RULE, since, LocalDate.of(2026, 12, 14), 2,
                LocalDate.of(2026, 12, 15), "2026-12-14T16:00:00Z"), child);
        send(step(spell, child, "TEAM_MANAGER", TEAM_MANAGER_RULE, since, LocalDate.of(2026, 12, 18), 3,
                LocalDate.of(2026, 12, 21), "2026-12-20T07:00:00Z"), child);
        FailedAccessEscalated senior = step(spell, child, "SENIOR_MANAGER", SENIOR_MANAGER_RULE, since,
                LocalDate.of(2026, 12, 23), 4, LocalDate.of(2026, 12, 29), "2026-12-24T09:00:00Z");
        EventEnvelope first = send(senior, child);
        send(first);
        send(senior, child);

        await().atMost(WAIT).until(() -> open(child).size() == 3);
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(failedAccess(child, null)).extracting(d -> d.get("ruleId"), d -> d.get("subjectId"),
                d -> d.get("dueDate")).containsExactlyInAnyOrder(
                tuple(PRACTICE_MANAGER_RULE, spell + ":PRACTICE_MANAGER", "2026-12-15"),
                tuple(TEAM_MANAGER_RULE, spell + ":TEAM_MANAGER", "2026-12-21"),
                tuple(SENIOR_MANAGER_RULE, spell + ":SENIOR_MANAGER", "2026-12-29"));
        // Held by the team, due on visits-service's day: no version of this service's to recount it by.
        assertThat(open(child)).allSatisfy(d -> assertThat(d).containsEntry("team", "north")
                .containsEntry("assignee", null).containsEntry("rulesVersion", null)
                .containsEntry("state", "OPEN"));

        // What the team's managers hold, on the practice manager's own worktray.
        List<Map<String, Object>> worktray = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", child.toString()).queryParam("kind", "FAILED_ACCESS").get("/worktray")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(worktray).hasSize(3).allSatisfy(item -> assertThat(item).containsEntry("reason", "TEAM"));
    }

    @Test
    @DisplayName("004 \"Failed visits\": a management decision note submitted on Monday 21 December meets the "
            + "practice manager's step (late, due 15) and the team manager's (on time), not the senior manager's "
            + "escalated after it, nor does a visit note; the failed access ending on 28 December withdraws that one "
            + "and leaves the met ones met")
    void metByADecisionAfterTheEscalationAndEndedWithTheSpell() {
        UUID child = registered();
        UUID spell = UUID.randomUUID();
        LocalDate since = LocalDate.of(2026, 12, 10);
        send(step(spell, child, "PRACTICE_MANAGER", PRACTICE_MANAGER_RULE, since, LocalDate.of(2026, 12, 14), 2,
                LocalDate.of(2026, 12, 15), "2026-12-14T16:00:00Z"), child);
        send(step(spell, child, "TEAM_MANAGER", TEAM_MANAGER_RULE, since, LocalDate.of(2026, 12, 18), 3,
                LocalDate.of(2026, 12, 21), "2026-12-20T07:00:00Z"), child);
        await().atMost(WAIT).until(() -> open(child).size() == 2);

        send(note(child, NoteType.VISIT, "north.sw1", "2026-12-20T10:00:00Z"), child);
        send(note(child, NoteType.MANAGEMENT_DECISION, "north.tm", "2026-12-21T15:00:00Z"), child);
        send(step(spell, child, "SENIOR_MANAGER", SENIOR_MANAGER_RULE, since, LocalDate.of(2026, 12, 23), 4,
                LocalDate.of(2026, 12, 29), "2026-12-24T09:00:00Z"), child);
        await().atMost(WAIT).untilAsserted(() -> assertThat(failedAccess(child, "MET")).hasSize(2));
        assertThat(failedAccess(child, "MET")).extracting(d -> d.get("ruleId"), d -> d.get("metOn"),
                d -> d.get("late")).containsExactlyInAnyOrder(
                tuple(PRACTICE_MANAGER_RULE, "2026-12-21", true),
                tuple(TEAM_MANAGER_RULE, "2026-12-21", false));
        await().atMost(WAIT).untilAsserted(() -> assertThat(open(child)).extracting(d -> d.get("ruleId"))
                .containsExactly(SENIOR_MANAGER_RULE));

        send(new FailedAccessEnded(spell, child, LocalDate.of(2026, 12, 28), UUID.randomUUID(),
                Instant.parse("2026-12-28T11:00:00Z")), child);
        await().atMost(WAIT).until(() -> open(child).isEmpty());
        assertThat(failedAccess(child, "WITHDRAWN")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("ruleId", SENIOR_MANAGER_RULE)
                .containsEntry("withdrawalReason", "Cancelled by casework.visits.failed-access-ended"));
        assertThat(failedAccess(child, "MET")).hasSize(2);
    }

    @Test
    @DisplayName("004 \"Failed visits\", 002 s.12: the case closing withdraws the child's open failed access steps; "
            + "another child's spell, and its end, leave this child's alone")
    void closingTheCaseWithdrawsThem() {
        UUID child = registered();
        UUID other = registered();
        LocalDate since = LocalDate.of(2026, 12, 10);
        UUID spell = UUID.randomUUID();
        UUID otherSpell = UUID.randomUUID();
        send(step(spell, child, "PRACTICE_MANAGER", PRACTICE_MANAGER_RULE, since, LocalDate.of(2026, 12, 14), 2,
                LocalDate.of(2026, 12, 15), "2026-12-14T16:00:00Z"), child);
        send(step(otherSpell, other, "PRACTICE_MANAGER", PRACTICE_MANAGER_RULE, since, LocalDate.of(2026, 12, 14),
                2, LocalDate.of(2026, 12, 15), "2026-12-14T16:00:00Z"), other);
        await().atMost(WAIT).until(() -> open(child).size() == 1 && open(other).size() == 1);

        send(new FailedAccessEnded(otherSpell, other, LocalDate.of(2026, 12, 15), null,
                Instant.parse("2026-12-15T12:00:00Z")), other);
        await().atMost(WAIT).until(() -> open(other).isEmpty());
        send(new CaseClosed(UUID.randomUUID(), child, "MOVED_OUT_OF_AREA", LocalDate.of(2026, 12, 16),
                "north.pm", UUID.randomUUID(), Instant.parse("2026-12-16T10:00:00Z")), child);
        await().atMost(WAIT).until(() -> open(child).isEmpty());
        assertThat(failedAccess(child, "WITHDRAWN")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("withdrawalReason", "Cancelled by casework.case-notes.case-closed"));
    }

    @Test
    @DisplayName("004 \"Failed visits\": a practice manager's decision not recorded by the day after the second failed "
            + "visit is found by the scan, marked breached and announced once as the practice manager's, held by "
            + "nobody by name; the rule names no further escalation")
    void aMissedDecisionIsBreached() {
        UUID child = registered();
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate secondFailure = calendar.previousWorkingDay(LocalDate.now(LONDON).minusDays(10));
        LocalDate alertBy = calendar.addWorkingDays(secondFailure, 1);
        send(step(UUID.randomUUID(), child, "PRACTICE_MANAGER", PRACTICE_MANAGER_RULE, secondFailure.minusDays(3),
                secondFailure, 2, alertBy, secondFailure.atTime(16, 0).atZone(LONDON).toInstant().toString()), child);
        await().atMost(WAIT).until(() -> open(child).size() == 1);

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            scan.run();
            scan.run();
            EventEnvelope breached = probe.awaitEvent(EventType.DEADLINE_BREACHED.type(), child.toString(), WAIT);
            assertThat(data(breached, DeadlineBreached.class)).satisfies(breach -> {
                assertThat(breach.kind()).isEqualTo("FAILED_ACCESS");
                assertThat(breach.ruleId()).isEqualTo(PRACTICE_MANAGER_RULE);
                assertThat(breach.owner()).isEqualTo("PRACTICE_MANAGER");
                assertThat(breach.assignee()).isNull();
                assertThat(breach.dueDate()).isEqualTo(alertBy);
            });
            // Anything announced twice, or an escalation, would follow within the relay's next few polls.
            for (int look = 0; look < 15; look++) {
                probe.seen();
            }
            List<String> breachesAndSteps = probe.seen().stream()
                    .filter(r -> child.toString().equals(r.key()) && r.value() != null)
                    .map(r -> CODEC.read(r.value()).type())
                    .filter(type -> type.equals(EventType.DEADLINE_BREACHED.type())
                            || type.equals(EventType.DEADLINE_ESCALATED.type())).toList();
            assertThat(breachesAndSteps).containsExactly(EventType.DEADLINE_BREACHED.type());
        }
        assertThat(open(child)).singleElement().satisfies(d -> assertThat(d).containsEntry("overdue", true)
                .extractingByKey("breachedAt").isNotNull());
    }

    private static FailedAccessEscalated step(UUID spell, UUID child, String role, String rule, LocalDate since,
                                              LocalDate lastFailedOn, int failedVisits, LocalDate alertBy,
                                              String escalatedAt) {
        return new FailedAccessEscalated(spell, child, "north", "north.sw1", role, rule, since, lastFailedOn,
                failedVisits, alertBy, Instant.parse(escalatedAt));
    }

    private static CaseNoteSubmitted note(UUID child, NoteType type, String author, String submittedAt) {
        Instant at = Instant.parse(submittedAt);
        return new CaseNoteSubmitted(UUID.randomUUID(), child, 1, type, LocalDate.ofInstant(at, LONDON), author,
                author, "north", at);
    }

    private static UUID registered() {
        UUID child = UUID.randomUUID();
        send(new ChildRegistered(child, "A. Child", "lcs-practice-guide", "north", "north.sw1", "CP",
                LocalDate.of(2026, 1, 5)), child);
        await().atMost(WAIT).ignoreExceptions().until(() -> deadlines(child, "north.tm", null) != null);
        return child;
    }

    private static List<Map<String, Object>> open(UUID child) {
        return failedAccess(child, "OPEN");
    }

    private static List<Map<String, Object>> failedAccess(UUID child, String state) {
        return deadlines(child, "north.tm", state).stream().filter(d -> "FAILED_ACCESS".equals(d.get("kind")))
                .toList();
    }
}
