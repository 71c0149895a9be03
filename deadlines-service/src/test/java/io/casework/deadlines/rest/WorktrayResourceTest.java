package io.casework.deadlines.rest;

import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.VisitScheduled;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

import static io.casework.deadlines.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class WorktrayResourceTest {

    @BeforeEach
    void demoOrganisation() {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    @DisplayName("without a token, or with a forged one: 401 problem with the bearer challenge")
    void noToken() {
        given().get("/worktray")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        String token = KeycloakTokens.accessToken("north.sw1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + forged).get("/worktray").then().statusCode(401);
    }

    @Test
    @DisplayName("a worker's own open deadlines, soonest first, each saying whether overdue and the working days left")
    void ownDeadlinesSoonestFirst() {
        UUID child = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate later = today.plusDays(30);
        LocalDate past = today.minusDays(10);
        UUID laterVisit = UUID.randomUUID();
        UUID pastVisit = UUID.randomUUID();
        send(new VisitScheduled(laterVisit, child, "north", "north.sw2", "CIN", later, 20), child);
        send(new VisitScheduled(pastVisit, child, "north", "north.sw2", "CIN", past, 20), child);

        await().atMost(WAIT).until(() -> itemsFor("north.sw2", child).size() == 2);
        List<Map<String, Object>> items = itemsFor("north.sw2", child);
        assertThat(items).extracting(i -> i.get("subjectId")).containsExactly(pastVisit.toString(), laterVisit.toString());
        assertThat(items.get(0).get("id")).isNotNull();
        assertThat(items.get(0).get("assignee")).isEqualTo(Map.of("username", "north.sw2", "fullName",
                "Oliver Bennett", "designation", "Social Worker", "team", "north"));
        assertThat(items.get(0)).containsEntry("overdue", true).containsEntry("reason", "ASSIGNED")
                .containsEntry("workingDaysLeft", CALENDAR.workingDaysBetween(today, past));
        assertThat((Integer) items.get(0).get("workingDaysLeft")).isNegative();
        assertThat(items.get(1)).containsEntry("overdue", false)
                .containsEntry("workingDaysLeft", CALENDAR.workingDaysBetween(today, later));

        // Someone else's worktray does not hold them.
        assertThat(itemsFor("north.sw1", child)).isEmpty();
    }

    @Test
    @DisplayName("004: a practice or team manager's worktray holds their team's statutory visit notes awaiting oversight")
    void managersSeeTheirTeamsOversight() {
        UUID child = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        send(new CaseNoteSubmitted(note, child, 1, NoteType.STATUTORY_VISIT, LocalDate.now(), "north.sw1", "Sam Worker",
                "north", Instant.now()), child);

        await().atMost(WAIT).until(() -> itemsFor("north.pm", child).size() == 1);
        assertThat(itemsFor("north.pm", child).get(0))
                .containsEntry("kind", "MANAGEMENT_OVERSIGHT")
                .containsEntry("subjectId", note.toString())
                .containsEntry("reason", "TEAM_OVERSIGHT")
                .containsEntry("assignee", null)
                .containsEntry("overdue", false);
        assertThat(itemsFor("north.tm", child)).hasSize(1);
        // Not another team's manager, and not the worker: oversight is not theirs to give.
        assertThat(itemsFor("south.pm", child)).isEmpty();
        assertThat(itemsFor("north.sw1", child)).isEmpty();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": a C&F started is the allocated worker's to "
            + "complete (ASSIGNED) and its team's managers' to set the priority of (TEAM), not another team's")
    void assessmentDeadlinesReachTheWorkerAndTheManagers() {
        UUID child = UUID.randomUUID();
        send(new ChildRegistered(child, "A. Child", "lcs-practice-guide", "north", "north.sw1", "CIN",
                LocalDate.of(2026, 1, 5)), child);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/London"));
        send(new PathwayStepStarted(UUID.randomUUID(), child, "CF_ASSESSMENT", null, null, "north", start, null, null,
                10, null, null, null, Map.of(), null, "north.sw1", Instant.now()), child);

        await().atMost(WAIT).ignoreExceptions().until(() -> itemsFor("north.sw1", child).size() == 1);
        assertThat(itemsFor("north.sw1", child).get(0)).containsEntry("kind", "PATHWAY_STEP")
                .containsEntry("ruleId", "cf-assessment-priority-10").containsEntry("reason", "ASSIGNED");
        await().atMost(WAIT).until(() -> itemsFor("north.pm", child).size() == 1);
        assertThat(itemsFor("north.pm", child).get(0)).containsEntry("ruleId", "cf-priority-supervisor-alert")
                .containsEntry("reason", "TEAM").containsEntry("assignee", null);
        assertThat(itemsFor("north.tm", child)).hasSize(1);
        assertThat(itemsFor("south.pm", child)).isEmpty();
    }

    private static List<Map<String, Object>> itemsFor(String user, UUID child) {
        JsonPath body = given().header("Authorization", KeycloakTokens.bearer(user))
                .queryParam("childId", child.toString()).get("/worktray").then().statusCode(200).extract().jsonPath();
        // The filter keeps other tests' deadlines of the same worker from pushing this child's off the first page.
        List<Map<String, Object>> all = body.getList("items");
        assertThat(all).allMatch(i -> child.toString().equals(i.get("childId")));
        return all;
    }
}
