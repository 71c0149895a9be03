package io.casework.casenotes;

import io.casework.contracts.DirectDecision;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.startStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 17: a worker's request to reset a C&F's priority (the catalogue's CF_PRIORITY_CHANGE), decided by the practice
 * manager in approvals-service, is applied here as the manager's own reset would be (004 "Setting A Due Date
 * (Priority) for New C&F"). Decisions and deadlines-service's announcements arrive on the run's topics as those
 * services publish them; the step is read through the API.
 */
@QuarkusTest
class ApprovedPriorityChangeTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final EventCodec CODEC = new EventCodec();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final String REASONS = "Four siblings to see, and the school's view after half term";

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": an approved CF_PRIORITY_CHANGE resets the C&F to 30 "
            + "working days in north.pm's name with the worker's reasons; the 10-day due date goes, the 30-day one "
            + "shows once deadlines-service announces it, and pathway-step-priority-changed carries the request")
    void approvedRequestResetsThePriority() {
        String child = registerChild("north.sw1", "CIN");
        String cfa = assessmentDueInTenDays(child);
        ApprovalDecided approved = decision(child, cfa, Outcome.APPROVED, "30");

        TestRunTopics.publishAsOwner(approved, UUID.fromString(child));
        stepShows(child, cfa, "priorityWorkingDays", 30);
        as("north.sw1").get(stepPath(child, cfa)).then().body("dueDate", nullValue());
        PathwayStepPriorityChanged changed;
        try (TopicProbe events = new TopicProbe(setting("casework.outbox.topic"))) {
            changed = CODEC.data(events.awaitEvent(EventType.PATHWAY_STEP_PRIORITY_CHANGED.type(), child, WAIT),
                    PathwayStepPriorityChanged.class);
        }
        assertThat(changed.approvalRequestId()).isEqualTo(approved.requestId());
        assertThat(changed.changedBy()).isEqualTo("north.pm");
        assertThat(changed.priorityWorkingDays()).isEqualTo(30);
        assertThat(changed.previousDueDate()).isEqualTo(CALENDAR.addWorkingDays(TODAY, 10));
        assertThat(changed.reasons()).isEqualTo(REASONS);

        Map<String, Object> entry = priorityChanges(child, cfa).get(0);
        assertThat(entry).containsEntry("by", "north.pm").containsEntry("byName", "Priya Shah")
                .containsEntry("byDesignation", "Practice Manager");
        assertThat(entry.get("facts")).isEqualTo(Map.of("workingDays", 30, "reasons", REASONS,
                "previousDueDate", CALENDAR.addWorkingDays(TODAY, 10).toString(),
                "approvalRequestId", approved.requestId().toString()));

        LocalDate thirtyDays = CALENDAR.addWorkingDays(TODAY, 30);
        deadlineOpened(child, cfa, "cf-assessment-priority-30", thirtyDays);
        stepShows(child, cfa, "dueDate", thirtyDays.toString());
    }

    @Test
    @DisplayName("issue 17: a RETURNED CF_PRIORITY_CHANGE changes nothing; the approved one after it is the only reset")
    void returnedRequestChangesNothing() {
        String child = registerChild("north.sw1", "CIN");
        String cfa = assessmentDueInTenDays(child);

        TestRunTopics.publishAsOwner(decision(child, cfa, Outcome.RETURNED, "45"), UUID.fromString(child));
        // Decisions on one child arrive in order: once the approval after it shows, the return has been consumed.
        TestRunTopics.publishAsOwner(decision(child, cfa, Outcome.APPROVED, "30"), UUID.fromString(child));
        stepShows(child, cfa, "priorityWorkingDays", 30);
        assertThat(priorityChanges(child, cfa)).hasSize(1);
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\", issue 17: the practice manager reset the C&F to 30 "
            + "themselves before approving a worker's request for 30; the request cannot apply and is passed by with a "
            + "warning, never dead-lettered, and the next decision on the child still applies")
    void requestOvertakenByTheManagersOwnResetIsPassedBy() {
        String child = registerChild("north.sw1", "CIN");
        String cfa = assessmentDueInTenDays(child);
        String etag = as("north.pm").get(stepPath(child, cfa)).then().extract().header("ETag");
        as("north.pm").header("If-Match", etag).body(Map.of("workingDays", 30, "reasons", "Agreed at the checkpoint"))
                .put(stepPath(child, cfa) + "/priority").then().statusCode(200);

        TestRunTopics.publishAsOwner(decision(child, cfa, Outcome.APPROVED, "30"), UUID.fromString(child));
        TestRunTopics.publishAsOwner(decision(child, cfa, Outcome.APPROVED, "45"), UUID.fromString(child));
        stepShows(child, cfa, "priorityWorkingDays", 45);
        List<Map<String, Object>> resets = priorityChanges(child, cfa);
        assertThat(resets).extracting(e -> facts(e).get("workingDays")).containsExactly(45, 30);
        // The manager's own reset names no request.
        assertThat(facts(resets.get(1))).doesNotContainKey("approvalRequestId");
        try (TopicProbe deadLetters = new TopicProbe(
                setting("mp.messaging.incoming.approvals-events.dead-letter-queue.topic"))) {
            assertThatThrownBy(() -> deadLetters.await(r -> child.equals(r.key()), Duration.ofSeconds(5)))
                    .isInstanceOf(AssertionError.class);
        }
    }

    /** A C&F started today, its 10-working-day due date announced by deadlines-service; its id. */
    private static String assessmentDueInTenDays(String child) {
        String cfa = startStep(child, "CF_ASSESSMENT", null, TODAY, Map.of());
        LocalDate tenDays = CALENDAR.addWorkingDays(TODAY, 10);
        deadlineOpened(child, cfa, "cf-assessment-priority-10", tenDays);
        stepShows(child, cfa, "dueDate", tenDays.toString());
        return cfa;
    }

    /** The practice manager's decision on a worker's request, as approvals-service publishes it. */
    private static ApprovalDecided decision(String child, String step, Outcome outcome, String priority) {
        return new ApprovalDecided(UUID.randomUUID(), DirectDecision.CF_PRIORITY_CHANGE.name(), UUID.fromString(child),
                step, outcome, outcome == Outcome.RETURNED ? "Let us talk at the checkpoint first" : "Agreed",
                "north.pm", "Priya Shah", "Practice Manager", Instant.now(), 1, false, null,
                Map.of(DirectDecision.PRIORITY, priority, DirectDecision.REASON, REASONS));
    }

    private static void deadlineOpened(String child, String step, String ruleId, LocalDate due) {
        TestRunTopics.publishAsOwner(new DeadlineOpened(UUID.randomUUID(), UUID.fromString(child), "PATHWAY_STEP",
                ruleId, step, "north", null, due, "test"), UUID.fromString(child));
    }

    private static void stepShows(String child, String step, String field, Object value) {
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(stepPath(child, step)).then().statusCode(200)
                .body(field, equalTo(value)));
    }

    /** The step's priority changes, the latest first. */
    private static List<Map<String, Object>> priorityChanges(String child, String step) {
        return as("north.sw1").queryParam("act", "PRIORITY_CHANGED").get(stepPath(child, step) + "/entries").then()
                .statusCode(200).extract().path("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("facts");
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static String stepPath(String child, String step) {
        return "/children/" + child + "/pathway/steps/" + step;
    }
}
