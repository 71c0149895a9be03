package io.casework.deadlines.event;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.NoteType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.deadlines.TestEvents;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.caseNotesTopic;
import static io.casework.deadlines.TestEvents.deadLetterTopic;
import static io.casework.deadlines.TestEvents.deadlinesTopic;
import static io.casework.deadlines.TestEvents.deadlines;
import static io.casework.deadlines.TestEvents.send;
import static io.casework.deadlines.TestEvents.visitsTopic;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events in from case notes and visits, deadlines out through REST and on the deadlines topic. */
@QuarkusTest
class CaseworkEventConsumerTest {

    @BeforeEach
    void demoOrganisation() {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OPENED = "casework.deadlines.deadline-opened";
    private static final String MET = "casework.deadlines.deadline-met";
    private static final EventCodec CODEC = new EventCodec();

    @Inject
    EntityManager entityManager;

    @Test
    @DisplayName("a scheduled statutory visit is tracked for the allocated worker, and met late when visited after its due date")
    void statutoryVisitIsTrackedUntilVisited() {
        UUID child = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 6, 1);
        send(new VisitScheduled(visit, child, "north", "north.sw1", "CLA", due, 30), child);

        Map<String, Object> opened = awaitOnly(child, "OPEN");
        assertThat(opened)
                .containsEntry("kind", "STATUTORY_VISIT")
                .containsEntry("ruleId", "statutory-visit-frequency")
                .containsEntry("subjectId", visit.toString())
                .containsEntry("team", "north")
                .containsEntry("dueDate", "2026-06-01");
        // On the wire the assignee is a person; the event keeps the username.
        assertThat(opened.get("assignee")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("username", "north.sw1");

        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            EventEnvelope event = probe.awaitEvent(OPENED, child.toString(), WAIT);
            assertThat(event.source()).isEqualTo("/deadlines-service");
            DeadlineOpened data = CODEC.data(event, DeadlineOpened.class);
            assertThat(data.deadlineId()).hasToString((String) opened.get("id"));
            assertThat(data.kind()).isEqualTo("STATUTORY_VISIT");
            assertThat(data.ruleId()).isEqualTo("statutory-visit-frequency");
            assertThat(data.subjectId()).isEqualTo(visit.toString());
            assertThat(data.assignee()).isEqualTo("north.sw1");
            assertThat(data.dueDate()).isEqualTo(due);
            // visits-service counted this due date, not us: no version of our rules to record.
            assertThat(data.rulesVersion()).isNull();

            send(new VisitCompleted(visit, child, UUID.randomUUID(), due.plusDays(1), due, false), child);

            Map<String, Object> met = awaitOnly(child, "MET");
            assertThat(met).containsEntry("late", true).containsEntry("metOn", "2026-06-02");
            DeadlineMet metEvent = CODEC.data(probe.awaitEvent(MET, child.toString(), WAIT), DeadlineMet.class);
            assertThat(metEvent.deadlineId()).isEqualTo(data.deadlineId());
            assertThat(metEvent.late()).isTrue();
        }
    }

    @Test
    @DisplayName("004 statutory visits: a statutory visit note waits for management oversight, due 5 working days after submission, until it is recorded")
    void statutoryVisitNoteWaitsForOversight() {
        UUID child = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        // Submitted Monday 2 March 2026 (11:15 in London): the fifth working day after is Monday 9 March.
        send(submitted(note, child, 1, NoteType.STATUTORY_VISIT, Instant.parse("2026-03-02T11:15:00Z")), child);

        Map<String, Object> opened = awaitOnly(child, "OPEN");
        assertThat(opened)
                .containsEntry("kind", "MANAGEMENT_OVERSIGHT")
                .containsEntry("ruleId", "statutory-visit-oversight")
                .containsEntry("subjectId", note.toString())
                .containsEntry("team", "north")
                .containsEntry("dueDate", "2026-03-09");
        assertThat(opened.get("assignee")).isNull();
        // Issue 15: the due date records the version of the rules and calendar it was computed under, the one the
        // public timescales report for the authority it was opened under.
        String inForce = given().get("/timescales/" + opened.get("authority")).then().statusCode(200).extract()
                .path("version");
        assertThat(inForce).startsWith("rules-");
        assertThat(opened).containsEntry("rulesVersion", inForce);

        // Returned with comments (oversight given, but not yet approved) and submitted again: the deadline stays open
        // and keeps its one due date.
        send(new ManagementOversightRecorded(UUID.randomUUID(), note, child, Outcome.RETURNED, "north.pm", "Pat Manager",
                "Practice Manager", Instant.parse("2026-03-03T10:00:00Z")), child);
        EventEnvelope resubmitted = send(submitted(note, child, 2, NoteType.STATUTORY_VISIT,
                Instant.parse("2026-03-04T09:00:00Z")), child);
        send(new ManagementOversightRecorded(UUID.randomUUID(), note, child, Outcome.APPROVED, "north.pm", "Pat Manager",
                "Practice Manager", Instant.parse("2026-03-05T11:00:00Z")), child);
        Map<String, Object> met = awaitOnly(child, "MET");
        assertThat(met).containsEntry("late", false).containsEntry("metOn", "2026-03-05")
                .containsEntry("dueDate", "2026-03-09");

        // Finalising after oversight has nothing left to meet.
        send(new CaseNoteFinalised(note, child, 2, NoteType.STATUTORY_VISIT, "north.pm",
                Instant.parse("2026-03-05T11:00:01Z")),
                child);
        UUID marker = markerNote(child);

        List<Map<String, Object>> all = deadlines(child, "north.sw1", null);
        assertThat(all).hasSize(2);
        // Applied and ignored, not refused: a dead-lettered event leaves no processed-event row.
        assertThat(processedCount(resubmitted)).isEqualTo(1);
        try (TopicProbe probe = new TopicProbe(deadlinesTopic())) {
            // Published in order per child, so once the marker's event is here, so are the note's.
            probe.await(r -> r.value().contains(marker.toString()), WAIT);
            List<EventEnvelope> aboutNote = probe.seen().stream()
                    .filter(r -> child.toString().equals(r.key()))
                    .map(r -> CODEC.read(r.value()))
                    .filter(e -> note.toString().equals(e.data().path("subjectId").asText()))
                    .toList();
            assertThat(aboutNote).extracting(EventEnvelope::type).containsExactly(OPENED, MET);
            assertThat(CODEC.data(aboutNote.get(1), DeadlineMet.class).late()).isFalse();
        }
    }

    @Test
    @DisplayName("a redelivered event changes nothing, even once the deadline it opened has been met")
    void redeliveryChangesNothing() {
        UUID child = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        EventEnvelope submission = send(submitted(note, child, 1, NoteType.STATUTORY_VISIT, Instant.now()), child);
        send(submission);
        send(new ManagementOversightRecorded(UUID.randomUUID(), note, child, Outcome.APPROVED, "north.pm", "Pat Manager",
                "Practice Manager", Instant.now()), child);
        awaitOnly(child, "MET");

        // Without the processed-event record this would open a new deadline: none is open for the note any more.
        send(submission);
        markerNote(child);

        List<Map<String, Object>> forNote = deadlines(child, "north.sw1", null).stream()
                .filter(d -> note.toString().equals(d.get("subjectId")))
                .toList();
        assertThat(forNote).hasSize(1);
        assertThat(forNote.get(0)).containsEntry("state", "MET");
    }

    private static final String NO_LONGER_COUNTS =
            "the statutory visit that completed the visit before it no longer counts";
    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 6, 1);
    private static final Instant CORRECTED_AT = Instant.parse("2026-06-03T10:15:00Z");

    /** A child's first statutory visit, due {@link #FIRST_DUE}, met by a visit; the next one planned after it. */
    private record Visits(UUID child, UUID first, UUID next, UUID note, EventEnvelope completed) {
    }

    private static Visits firstMetNextScheduled(String planType, LocalDate visitedOn, LocalDate nextDue) {
        UUID child = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        send(new VisitScheduled(first, child, "north", "north.sw1", planType, FIRST_DUE, 10), child);
        EventEnvelope completed = send(new VisitCompleted(first, child, note, visitedOn, FIRST_DUE,
                !visitedOn.isAfter(FIRST_DUE)), child);
        send(new VisitScheduled(next, child, "north", "north.sw1", planType, nextDue, 10), child);
        return new Visits(child, first, next, note, completed);
    }

    /** As visits-service announces a visit that no longer counts: the next visit withdrawn, the first reopened. */
    private static List<EventEnvelope> noLongerCounts(Visits visits) {
        return List.of(send(new VisitWithdrawn(visits.next(), visits.child(), NO_LONGER_COUNTS, CORRECTED_AT),
                        visits.child()),
                send(new VisitReopened(visits.first(), visits.child(), FIRST_DUE, CORRECTED_AT), visits.child()));
    }

    @Test
    @DisplayName("003 s.5b and 004: a statutory visit corrected so that it no longer counts withdraws the next visit's "
            + "deadline (kept, with when and why, no longer open) and reopens the deadline it met, due when it was")
    void correctedVisitWithdrawsTheNextAndReopensItsOwn() {
        Visits visits = firstMetNextScheduled("CP", FIRST_DUE.minusDays(1), LocalDate.of(2026, 6, 12));
        UUID child = visits.child();
        awaitOnly(child, "MET");

        noLongerCounts(visits);

        assertThat(awaitOnly(child, "WITHDRAWN"))
                .containsEntry("subjectId", visits.next().toString())
                .containsEntry("withdrawalReason", NO_LONGER_COUNTS)
                .containsEntry("withdrawnAt", "2026-06-03T10:15:00Z")
                .satisfies(d -> assertThat(d.get("overdue")).as("a withdrawn deadline is never overdue").isNull());
        assertThat(awaitOnly(child, "OPEN"))
                .containsEntry("subjectId", visits.first().toString())
                .containsEntry("dueDate", "2026-06-01")
                .satisfies(d -> assertThat(d.get("metOn")).isNull())
                .satisfies(d -> assertThat(d.get("late")).isNull());
        assertThat(deadlines(child, "north.sw1", "MET")).isEmpty();
        // Never deleted: the child still has both deadlines, one open and one withdrawn.
        assertThat(deadlines(child, "north.sw1", null)).hasSize(2);
    }

    @Test
    @DisplayName("003 s.5b: a statutory visit corrected to a later day meets its deadline again on that day (late "
            + "by it) and the next visit's deadline is due when the visit now falls due")
    void correctedVisitDateMeetsAgainAndMovesTheNext() {
        Visits visits = firstMetNextScheduled("CLA", FIRST_DUE, LocalDate.of(2026, 6, 15));
        UUID child = visits.child();
        assertThat(awaitOnly(child, "MET")).containsEntry("late", false);

        send(new VisitCompleted(visits.first(), child, visits.note(), FIRST_DUE.plusDays(2), FIRST_DUE, false), child);
        send(new VisitScheduled(visits.next(), child, "north", "north.sw1", "CLA", LocalDate.of(2026, 6, 17), 10),
                child);

        await().atMost(WAIT).until(() -> "2026-06-17".equals(awaitOnly(child, "OPEN").get("dueDate")));
        assertThat(awaitOnly(child, "OPEN")).containsEntry("subjectId", visits.next().toString());
        assertThat(awaitOnly(child, "MET")).containsEntry("metOn", "2026-06-03").containsEntry("late", true);
        assertThat(deadlines(child, "north.sw1", null)).hasSize(2);
    }

    @Test
    @DisplayName("003 s.5b: a corrected visit that counts again meets its deadline again and the withdrawn visit's "
            + "deadline is due again (the same deadline, reinstated, its withdrawal kept)")
    void visitCountingAgainReinstatesTheWithdrawn() {
        Visits visits = firstMetNextScheduled("CIN", FIRST_DUE, LocalDate.of(2026, 6, 15));
        UUID child = visits.child();
        noLongerCounts(visits);
        awaitOnly(child, "WITHDRAWN");

        send(new VisitCompleted(visits.first(), child, visits.note(), FIRST_DUE.plusDays(1), FIRST_DUE, false), child);
        send(new VisitScheduled(visits.next(), child, "north", "north.sw1", "CIN", LocalDate.of(2026, 6, 16), 10),
                child);

        await().atMost(WAIT).until(() -> deadlines(child, "north.sw1", "WITHDRAWN").isEmpty());
        assertThat(awaitOnly(child, "OPEN")).containsEntry("subjectId", visits.next().toString())
                .containsEntry("dueDate", "2026-06-16")
                .containsEntry("withdrawalReason", NO_LONGER_COUNTS);
        assertThat(awaitOnly(child, "MET")).containsEntry("metOn", "2026-06-02").containsEntry("late", true);
        assertThat(deadlines(child, "north.sw1", null)).hasSize(2);
    }

    @Test
    @DisplayName("003 s.5b: a withdrawal, a reopening and the completion before them redelivered change nothing")
    void correctionRedeliveredChangesNothing() {
        Visits visits = firstMetNextScheduled("CP", FIRST_DUE, LocalDate.of(2026, 6, 15));
        UUID child = visits.child();
        List<EventEnvelope> correction = noLongerCounts(visits);
        awaitOnly(child, "WITHDRAWN");
        awaitOnly(child, "OPEN");

        // Without the processed-event record the completion would meet the reopened deadline again.
        send(visits.completed());
        correction.forEach(TestEvents::send);
        UUID marker = markerVisit(child);

        List<Map<String, Object>> all = deadlines(child, "north.sw1", null);
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(d -> visits.first().toString().equals(d.get("subjectId")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("state", "OPEN"));
        assertThat(all).filteredOn(d -> visits.next().toString().equals(d.get("subjectId")))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("state", "WITHDRAWN"));
        assertThat(all).filteredOn(d -> marker.toString().equals(d.get("subjectId"))).hasSize(1);
    }

    @Test
    @DisplayName("a malformed record goes to the dead-letter topic with its reason, and the next good record is applied")
    void malformedRecordIsDeadLettered() {
        UUID child = UUID.randomUUID();
        TopicProbe.send(caseNotesTopic(), child.toString(), "{this is not json");
        // Well-formed JSON, but the visit has no team, worker or due date: its schema refuses it.
        String incomplete = """
                {"specversion":"1.0","id":"%s","type":"casework.visits.visit-scheduled","source":"/visits-service",
                 "subject":"%s","time":"2026-03-02T10:00:00Z","dataversion":1,
                 "data":{"visitId":"%s","childId":"%s"}}""".formatted(UUID.randomUUID(), child, UUID.randomUUID(), child);
        TopicProbe.send(visitsTopic(), child.toString(), incomplete);
        UUID note = UUID.randomUUID();
        send(submitted(note, child, 1, NoteType.STATUTORY_VISIT, Instant.now()), child);

        try (TopicProbe dlq = new TopicProbe(deadLetterTopic())) {
            ConsumerRecord<String, String> notJson = dlq.await(
                    r -> child.toString().equals(r.key()) && r.value().startsWith("{this"), WAIT);
            assertThat(reason(notJson)).contains("not JSON");
            ConsumerRecord<String, String> refused = dlq.await(
                    r -> child.toString().equals(r.key()) && r.value().contains("visit-scheduled"), WAIT);
            assertThat(reason(refused)).isNotBlank();
        }
        assertThat(awaitOnly(child, "OPEN")).containsEntry("subjectId", note.toString());
    }

    @Test
    @DisplayName("events not tracked here are acknowledged and recorded as processed, and open nothing")
    void untrackedEventsAreIgnored() {
        UUID child = UUID.randomUUID();
        EventEnvelope registered = send(new ChildRegistered(child, "A. Child", "lcs-practice-guide", "north",
                "north.sw1", "CLA", LocalDate.of(2026, 1, 5)), child);
        EventEnvelope visitRecorded = send(new VisitRecorded(UUID.randomUUID(), child, LocalDate.of(2026, 3, 2),
                true, true, 1, true, NoteType.STATUTORY_VISIT), child);
        EventEnvelope ordinaryNote = send(submitted(UUID.randomUUID(), child, 1, NoteType.CASE_NOTE,
                Instant.now()), child);
        UUID marker = markerNote(child);

        assertThat(deadlines(child, "north.sw1", null))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("subjectId", marker.toString()));
        assertThat(processedCount(registered, visitRecorded, ordinaryNote)).isEqualTo(3);
    }

    private int processedCount(EventEnvelope... events) {
        List<UUID> ids = Arrays.stream(events).map(e -> UUID.fromString(e.id())).toList();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id in (:ids)")
                .setParameter("ids", ids)
                .getSingleResult()).intValue());
    }

    private static CaseNoteSubmitted submitted(UUID note, UUID child, int version, NoteType type, Instant at) {
        return new CaseNoteSubmitted(note, child, version, type, LocalDate.of(2026, 3, 2), "north.sw1",
                "Sam Worker", "north", at);
    }

    /**
     * Sends a statutory visit note for the child on the case notes topic and waits until its deadline is open:
     * the topic is keyed by child, so every event sent before it for the child has been handled by then.
     */
    private static UUID markerNote(UUID child) {
        UUID marker = UUID.randomUUID();
        send(submitted(marker, child, 1, NoteType.STATUTORY_VISIT, Instant.now()), child);
        await().atMost(WAIT).until(() -> deadlines(child, "north.sw1", null).stream()
                .anyMatch(d -> marker.toString().equals(d.get("subjectId"))));
        return marker;
    }

    /**
     * Schedules a visit for the child on the visits topic and waits until its deadline is tracked: the topic is keyed
     * by child, so every visits event sent before it for the child has been handled by then.
     */
    private static UUID markerVisit(UUID child) {
        UUID marker = UUID.randomUUID();
        send(new VisitScheduled(marker, child, "north", "north.sw1", "CP", LocalDate.of(2026, 12, 1), 10), child);
        await().atMost(WAIT).until(() -> deadlines(child, "north.sw1", null).stream()
                .anyMatch(d -> marker.toString().equals(d.get("subjectId"))));
        return marker;
    }

    private static Map<String, Object> awaitOnly(UUID child, String state) {
        await().atMost(WAIT).until(() -> deadlines(child, "north.sw1", state).size() == 1);
        return deadlines(child, "north.sw1", state).get(0);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
