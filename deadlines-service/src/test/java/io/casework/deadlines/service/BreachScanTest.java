package io.casework.deadlines.service;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.casework.deadlines.TestEvents.data;
import static io.casework.deadlines.TestEvents.deadlinesTopic;
import static io.casework.deadlines.TestEvents.send;
import static io.casework.deadlines.TestEvents.deadlines;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a deadline past its due date is found by the scan, marked breached and announced once, and its rule's
 * escalation steps are announced once each, however many scans run at once (as several replicas' would); a manager's
 * extension is kept in the history with who, why and on whose authority; a release of new rules counts open due dates
 * again. Events in and out on the run's topics, deadlines read through REST with real tokens.
 */
@QuarkusTest
class BreachScanTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String C_AND_F_10 = "cf-assessment-priority-10";
    private static final EventCodec CODEC = new EventCodec();

    @Inject
    BreachScan scan;

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": a C&F started 30 days ago is past its 10 working "
            + "days; four scans at once mark it and the supervisor's reminder breached once each, announce each "
            + "breach once, and announce the escalation its rule names (the practice manager) once; scans after "
            + "announce nothing more")
    void breachedAndEscalatedOnceWhateverTheScans() throws Exception {
        UUID child = registered();
        UUID step = UUID.randomUUID();
        send(started(child, step, LocalDate.now(LONDON).minusDays(30)), child);
        await().atMost(WAIT).until(() -> open(child).size() == 2);

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            ExecutorService replicas = Executors.newFixedThreadPool(4);
            try {
                List<Callable<BreachScan.Result>> scans = List.of(scan::run, scan::run, scan::run, scan::run);
                for (Future<BreachScan.Result> result : replicas.invokeAll(scans)) {
                    result.get();
                }
            } finally {
                replicas.shutdown();
            }
            probe.awaitEvent(EventType.DEADLINE_ESCALATED.type(), child.toString(), WAIT);
            scan.run();
            scan.run();
            // Anything announced twice would follow within the relay's next few polls.
            for (int look = 0; look < 15; look++) {
                probe.seen();
            }
            List<EventEnvelope> ours = probe.seen().stream()
                    .filter(r -> child.toString().equals(r.key()) && r.value() != null)
                    .map(r -> CODEC.read(r.value())).toList();

            List<DeadlineBreached> breaches = ours.stream()
                    .filter(e -> e.type().equals(EventType.DEADLINE_BREACHED.type()))
                    .map(e -> data(e, DeadlineBreached.class)).toList();
            assertThat(breaches).extracting(DeadlineBreached::ruleId, DeadlineBreached::owner,
                            DeadlineBreached::assignee)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(C_AND_F_10, "ALLOCATED_WORKER", "north.sw1"),
                            org.assertj.core.groups.Tuple.tuple("cf-priority-supervisor-alert", "PRACTICE_MANAGER",
                                    null));
            List<DeadlineEscalated> escalations = ours.stream()
                    .filter(e -> e.type().equals(EventType.DEADLINE_ESCALATED.type()))
                    .map(e -> data(e, DeadlineEscalated.class)).toList();
            assertThat(escalations).singleElement().satisfies(step1 -> {
                assertThat(step1.ruleId()).isEqualTo(C_AND_F_10);
                assertThat(step1.step()).isEqualTo(1);
                assertThat(step1.role()).isEqualTo("PRACTICE_MANAGER");
                assertThat(step1.team()).isEqualTo("north");
            });
        }

        Map<String, Object> cf = deadline(child, C_AND_F_10);
        assertThat(cf.get("breachedAt")).isNotNull();
        assertThat(cf).containsEntry("overdue", true);
        assertThat(history(cf, "north.tm")).extracting(line -> line.get("change"))
                .containsExactly("OPENED", "BREACHED", "ESCALATED");
    }

    @Test
    @DisplayName("Issue 15 \"who extended it, when, why, with which approval\": the team manager extends a breached "
            + "C&F to a later day; the breach no longer stands, the history keeps who, why and the post that "
            + "approved it, and the extension is announced; the allocated worker may not extend (ACCESS-RULES "
            + "record.manage), an earlier day is refused, and a retry with the same key changes nothing more")
    void managersExtendWithAReason() throws Exception {
        UUID child = registered();
        send(started(child, UUID.randomUUID(), LocalDate.now(LONDON).minusDays(30)), child);
        await().atMost(WAIT).until(() -> open(child).size() == 2);
        scan.run();
        Map<String, Object> cf = deadline(child, C_AND_F_10);
        assertThat(cf.get("breachedAt")).isNotNull();
        String id = (String) cf.get("id");
        String later = LocalDate.now(LONDON).plusDays(14).toString();
        Map<String, String> body = Map.of("dueDate", later, "reason", "Mother in hospital; visits rearranged");

        given().header("Authorization", KeycloakTokens.bearer("north.sw1")).contentType("application/json")
                .body(body).post("/deadlines/" + id + "/extensions").then().statusCode(403);
        given().header("Authorization", KeycloakTokens.bearer("north.tm")).contentType("application/json")
                .body(Map.of("dueDate", cf.get("dueDate"), "reason", "No change")).post("/deadlines/" + id
                        + "/extensions").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("extension-not-later"));

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            String key = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < 2; attempt++) {
                given().header("Authorization", KeycloakTokens.bearer("north.tm")).header("Idempotency-Key", key)
                        .contentType("application/json").body(body).post("/deadlines/" + id + "/extensions").then()
                        .statusCode(201).body("change", org.hamcrest.Matchers.is("EXTENDED"))
                        .body("changedBy.username", org.hamcrest.Matchers.is("north.tm"))
                        .body("previousDueDate", org.hamcrest.Matchers.is(cf.get("dueDate")))
                        .body("dueDate", org.hamcrest.Matchers.is(later));
            }
            DeadlineExtended extended = data(probe.awaitEvent(EventType.DEADLINE_EXTENDED.type(), child.toString(),
                    WAIT), DeadlineExtended.class);
            assertThat(extended.extendedBy()).isEqualTo("north.tm");
            assertThat(extended.dueDate()).hasToString(later);
            assertThat(extended.reason()).isEqualTo("Mother in hospital; visits rearranged");
        }

        Map<String, Object> now = deadline(child, C_AND_F_10);
        assertThat(now).containsEntry("dueDate", later).containsEntry("overdue", false);
        assertThat(now.get("breachedAt")).isNull();
        List<Map<String, Object>> lines = history(now, "north.tm");
        assertThat(lines).extracting(line -> line.get("change"))
                .containsExactly("OPENED", "BREACHED", "ESCALATED", "EXTENDED");
        assertThat(lines.get(3)).containsEntry("reason", "Mother in hospital; visits rearranged")
                .containsEntry("cause", "extension");
        assertThat((String) lines.get(3).get("approvedBy")).contains("Team Manager");
        // The worker reads the history too: record.read.
        assertThat(history(now, "north.sw1")).hasSize(4);
    }

    @Test
    @DisplayName("Issue 15 \"after a release, one replica recomputes the open due dates the change touches\": an open "
            + "C&F counted under an earlier version of the rules is counted again under the one in force, its "
            + "history saying from what to what, and its new due date announced; counted once per release")
    void aReleaseCountsOpenDueDatesAgain() throws Exception {
        UUID child = registered();
        LocalDate start = LocalDate.now(LONDON).plusDays(1);
        send(started(child, UUID.randomUUID(), start), child);
        await().atMost(WAIT).until(() -> open(child).size() == 2);
        Map<String, Object> cf = deadline(child, C_AND_F_10);
        String due = (String) cf.get("dueDate");
        String inForce = (String) cf.get("rulesVersion");
        // As the release before would have left it: counted under another version, to a day the rules now in force
        // do not give; and this release's recount not yet done.
        String earlier = LocalDate.parse(due).plusDays(7).toString();
        DatabaseOwner.execute("update deadline set rules_version = 'rules-earlier', due_date = date '" + earlier
                + "' where id = '" + cf.get("id") + "'", "delete from timescales_release");

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            scan.run();
            scan.run();
            probe.awaitEvent(EventType.DEADLINE_OPENED.type(), child.toString(), WAIT);
        }
        Map<String, Object> recounted = deadline(child, C_AND_F_10);
        assertThat(recounted).containsEntry("dueDate", due).containsEntry("rulesVersion", inForce);
        List<Map<String, Object>> lines = history(recounted, "north.tm");
        assertThat(lines).extracting(line -> line.get("change")).containsExactly("OPENED", "RECOMPUTED");
        assertThat(lines.get(1)).containsEntry("previousDueDate", earlier).containsEntry("dueDate", due)
                .containsEntry("cause", "timescales release " + inForce);
    }

    private static UUID registered() {
        UUID child = UUID.randomUUID();
        send(new ChildRegistered(child, "A. Child", "lcs-practice-guide", "north", "north.sw1", "CIN",
                LocalDate.of(2026, 1, 5)), child);
        await().atMost(WAIT).ignoreExceptions().until(() -> deadlines(child, "north.tm", null) != null);
        return child;
    }

    private static PathwayStepStarted started(UUID child, UUID step, LocalDate start) {
        return new PathwayStepStarted(step, child, "CF_ASSESSMENT", null, null, "north", start, null, null, 10,
                null, null, null, Map.of(), null, "north.sw1", start.atTime(9, 0).atZone(LONDON).toInstant());
    }

    private static List<Map<String, Object>> open(UUID child) {
        return deadlines(child, "north.tm", "OPEN");
    }

    private static Map<String, Object> deadline(UUID child, String ruleId) {
        return deadlines(child, "north.tm", null).stream().filter(d -> ruleId.equals(d.get("ruleId")))
                .findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> history(Map<String, Object> deadline, String user) {
        return given().header("Authorization", KeycloakTokens.bearer(user))
                .get("/deadlines/" + deadline.get("id") + "/history").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }
}
