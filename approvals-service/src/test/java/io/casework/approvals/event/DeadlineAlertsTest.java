package io.casework.approvals.event;

import io.casework.approvals.TestTopics;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
 * Issue 15: deadlines-service's announcements reach approvals-service. A decision's request is due when the deadline
 * of its subject is due, learnt from deadline-opened and deadline-extended, never counted here; a breach reaches whom
 * the deadline belongs to and each escalation step whom its rule names, as alerts in their inbox, once each.
 * Events in on the run's topics, inboxes read through REST with real tokens.
 */
@QuarkusTest
class DeadlineAlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OVERSIGHT_RULE = "statutory-visit-oversight";

    @Test
    @DisplayName("Issue 15, 004 \"Recording Statutory Visits\": a statutory visit note's oversight request is due on "
            + "the day deadlines-service announced, whichever of the two events arrives first, and follows a "
            + "manager's extension")
    void oversightIsDueWhenDeadlinesServiceSays() {
        LocalDate announced = LocalDate.of(2031, 3, 7);
        CaseNoteSubmitted first = TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes",
                "north");
        TestTopics.send(first);
        Map<String, Object> pending = awaitRequest(first, r -> true);
        assertThat(pending.get("dueDate")).as("not counted here").isNull();
        UUID deadline = UUID.randomUUID();
        TestRunTopics.publishAsOwner(opened(deadline, first, announced), first.childId());
        awaitRequest(first, r -> announced.toString().equals(r.get("dueDate")));

        LocalDate extended = announced.plusDays(7);
        TestRunTopics.publishAsOwner(new DeadlineExtended(deadline, first.childId(), "MANAGEMENT_OVERSIGHT",
                OVERSIGHT_RULE, first.noteId().toString(), announced, extended, "north.tm", "Manager on leave",
                Instant.now(), null), first.childId());
        awaitRequest(first, r -> extended.toString().equals(r.get("dueDate")));

        // The deadline announced before the note's request arrives.
        CaseNoteSubmitted second = TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes",
                "north");
        TestRunTopics.publishAsOwner(opened(UUID.randomUUID(), second, announced), second.childId());
        await().atMost(WAIT).pollDelay(Duration.ofSeconds(2)).until(() -> true);
        TestTopics.send(second);
        awaitRequest(second, r -> announced.toString().equals(r.get("dueDate")));
    }

    @Test
    @DisplayName("Issue 15: a breached C&F held by its worker reaches the worker's inbox as DEADLINE_BREACHED; the "
            + "practice manager's reminder, held by nobody by name, reaches the team's practice manager; the "
            + "escalation step naming the team manager reaches north.tm; each once, though announced twice")
    void breachesAndEscalationsReachWhomTheRuleNames() {
        UUID child = UUID.randomUUID();
        UUID cf = UUID.randomUUID();
        UUID reminder = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 9, 21);
        EventEnvelope worker = TestRunTopics.publishAsOwner(new DeadlineBreached(cf, child, "PATHWAY_STEP",
                "cf-assessment-priority-10", UUID.randomUUID().toString(), "north", "north.sw1", "ALLOCATED_WORKER",
                due, Instant.now(), "rules-test"), child);
        TestRunTopics.publishAsOwner(new DeadlineBreached(reminder, child, "PATHWAY_STEP",
                "cf-priority-supervisor-alert", UUID.randomUUID().toString(), "north", null, "PRACTICE_MANAGER",
                due.minusDays(7), Instant.now(), "rules-test"), child);
        DeadlineEscalated step = new DeadlineEscalated(cf, child, "PATHWAY_STEP", "cf-assessment-priority-10",
                UUID.randomUUID().toString(), "north", 1, "TEAM_MANAGER", due, Instant.now());
        TestRunTopics.publishAsOwner(step, child);
        // Announced again under new event ids (a replayed export, say): no second alert.
        TestRunTopics.publishAsOwner(step, child);
        TestRunTopics.redeliver(worker);

        Map<String, Object> toWorker = awaitAlert("north.sw1", child, 1).get(0);
        assertThat(toWorker).containsEntry("type", "DEADLINE_BREACHED");
        assertThat(deadline(toWorker)).containsEntry("deadlineId", cf.toString())
                .containsEntry("ruleId", "cf-assessment-priority-10").containsEntry("dueDate", due.toString())
                .containsEntry("escalationStep", 0);
        Map<String, Object> toPracticeManager = awaitAlert("north.pm", child, 1).get(0);
        assertThat(deadline(toPracticeManager)).containsEntry("deadlineId", reminder.toString());
        Map<String, Object> toTeamManager = awaitAlert("north.tm", child, 1).get(0);
        assertThat(toTeamManager).containsEntry("type", "DEADLINE_ESCALATED");
        assertThat(deadline(toTeamManager)).containsEntry("escalationStep", 1);

        // Anything sent twice would have arrived with the later events.
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(alerts("north.sw1", child)).hasSize(1);
        assertThat(alerts("north.tm", child)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadline(Map<String, Object> notification) {
        return (Map<String, Object>) notification.get("deadline");
    }

    private static DeadlineOpened opened(UUID deadline, CaseNoteSubmitted note, LocalDate due) {
        return new DeadlineOpened(deadline, note.childId(), "MANAGEMENT_OVERSIGHT", OVERSIGHT_RULE,
                note.noteId().toString(), note.team(), null, due, "rules-test");
    }

    private static Map<String, Object> awaitRequest(CaseNoteSubmitted note,
                                                    java.util.function.Predicate<Map<String, Object>> matching) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> pending = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                    .queryParam("childId", note.childId().toString()).get("/inbox").then().statusCode(200)
                    .extract().path("items");
            return pending.stream().filter(r -> note.noteId().toString().equals(r.get("subjectId")))
                    .filter(matching).findFirst().orElse(null);
        }, r -> r != null);
    }

    private static List<Map<String, Object>> awaitAlert(String user, UUID child, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> alerts(user, child),
                list -> list.size() >= count);
    }

    private static List<Map<String, Object>> alerts(String user, UUID child) {
        List<Map<String, Object>> items = given().header("Authorization", KeycloakTokens.bearer(user))
                .queryParam("childId", child.toString()).get("/inbox/notifications").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(n -> n.get("deadline") != null).toList();
    }
}
