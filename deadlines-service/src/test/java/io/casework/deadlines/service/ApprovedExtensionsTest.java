package io.casework.deadlines.service;

import io.casework.contracts.DirectDecision;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitScheduled;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.data;
import static io.casework.deadlines.TestEvents.deadLetterTopic;
import static io.casework.deadlines.TestEvents.deadlines;
import static io.casework.deadlines.TestEvents.deadlinesTopic;
import static io.casework.deadlines.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17: a worker's request for a later due date (the catalogue's DEADLINE_EXTENSION), decided by the practice
 * manager in approvals-service, is applied here as the manager's own extension would be. Decisions arrive on the run's
 * approvals topic as approvals-service publishes them; deadlines are read through REST with real tokens.
 */
@QuarkusTest
class ApprovedExtensionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 1);
    private static final String REASON = "Child in hospital until the end of May; visit rearranged with the carers";

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": an approved DEADLINE_EXTENSION moves the due date; "
            + "the history names the approving practice manager, their post and the reason; deadline-extended "
            + "carries the request")
    void approvedExtensionMovesTheDueDate() {
        UUID child = UUID.randomUUID();
        String deadline = openVisitDeadline(child);
        ApprovalDecided approved = decision(child, deadline, Outcome.APPROVED, DUE.plusDays(14));

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            send(approved, child);
            await().atMost(WAIT).until(() -> DUE.plusDays(14).toString().equals(only(child).get("dueDate")));
            DeadlineExtended extended = data(probe.awaitEvent(EventType.DEADLINE_EXTENDED.type(), child.toString(),
                    WAIT), DeadlineExtended.class);
            assertThat(extended.approvalRequestId()).isEqualTo(approved.requestId());
            assertThat(extended.extendedBy()).isEqualTo("north.pm");
            assertThat(extended.previousDueDate()).isEqualTo(DUE);
            assertThat(extended.dueDate()).isEqualTo(DUE.plusDays(14));
            assertThat(extended.reason()).isEqualTo(REASON);
        }
        Map<String, Object> line = history(deadline).get(history(deadline).size() - 1);
        assertThat(line).containsEntry("change", "EXTENDED").containsEntry("reason", REASON)
                .containsEntry("previousDueDate", DUE.toString())
                .containsEntry("cause", EventType.APPROVAL_DECIDED.type());
        assertThat(line.get("changedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("username", "north.pm");
        assertThat((String) line.get("approvedBy")).contains("Practice Manager");
    }

    @Test
    @DisplayName("issue 17: a RETURNED DEADLINE_EXTENSION changes nothing; the approved one after it is the only "
            + "extension")
    void returnedExtensionChangesNothing() {
        UUID child = UUID.randomUUID();
        String deadline = openVisitDeadline(child);

        send(decision(child, deadline, Outcome.RETURNED, DUE.plusDays(30)), child);
        // Decisions on one child arrive in order: once the approval after it shows, the return has been consumed.
        send(decision(child, deadline, Outcome.APPROVED, DUE.plusDays(7)), child);
        await().atMost(WAIT).until(() -> DUE.plusDays(7).toString().equals(only(child).get("dueDate")));
        assertThat(history(deadline)).extracting(l -> l.get("change")).containsExactly("OPENED", "EXTENDED");
    }

    @Test
    @DisplayName("issue 17: an approved DEADLINE_EXTENSION of a deadline met meanwhile cannot apply: passed by with a "
            + "warning, never dead-lettered; the met deadline keeps its due date and history")
    void extensionOfAMetDeadlineIsPassedBy() {
        UUID child = UUID.randomUUID();
        String deadline = openVisitDeadline(child);
        UUID visit = UUID.fromString((String) only(child).get("subjectId"));
        send(new VisitCompleted(visit, child, UUID.randomUUID(), DUE.minusDays(2), DUE, false), child);
        await().atMost(WAIT).until(() -> "MET".equals(only(child).get("state")));

        try (TopicProbe deadLetters = new TopicProbe(deadLetterTopic())) {
            send(decision(child, deadline, Outcome.APPROVED, DUE.plusDays(14)), child);
            // The next visit of the child, after the decision on its partition, shows the decision consumed.
            send(new VisitScheduled(UUID.randomUUID(), child, "north", "north.sw1", "CLA", DUE.plusMonths(6), 30),
                    child);
            await().atMost(WAIT).until(() -> deadlines(child, "north.pm", null).size() == 2);
            assertThatThrownBy(() -> deadLetters.await(r -> child.toString().equals(r.key()), Duration.ofSeconds(5)))
                    .isInstanceOf(AssertionError.class);
        }
        Map<String, Object> met = deadlines(child, "north.pm", "MET").get(0);
        assertThat(met).containsEntry("dueDate", DUE.toString()).containsEntry("id", deadline);
        assertThat(history(deadline)).extracting(l -> l.get("change")).containsExactly("OPENED", "MET");
    }

    /** A statutory visit's deadline for the child, due on {@link #DUE}; its id. */
    private static String openVisitDeadline(UUID child) {
        send(new VisitScheduled(UUID.randomUUID(), child, "north", "north.sw1", "CLA", DUE, 30), child);
        await().atMost(WAIT).until(() -> deadlines(child, "north.pm", "OPEN").size() == 1);
        return (String) only(child).get("id");
    }

    /** The practice manager's decision on a worker's request, as approvals-service publishes it. */
    private static ApprovalDecided decision(UUID child, String deadline, Outcome outcome, LocalDate dueDate) {
        return new ApprovalDecided(UUID.randomUUID(), DirectDecision.DEADLINE_EXTENSION.name(), child, deadline,
                outcome, outcome == Outcome.RETURNED ? "Talk to me at supervision first" : "Agreed", "north.pm",
                "Priya Shah", "Practice Manager", Instant.now(), 1, false, null,
                Map.of(DirectDecision.DUE_DATE, dueDate.toString(), DirectDecision.REASON, REASON));
    }

    private static Map<String, Object> only(UUID child) {
        return deadlines(child, "north.pm", null).get(0);
    }

    private static List<Map<String, Object>> history(String deadline) {
        return given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .get("/deadlines/" + deadline + "/history").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }
}
