package io.casework.visits.event;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.casework.visits.domain.VisitIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import static io.casework.visits.CaseNotesTopic.SOURCE;
import static io.casework.visits.CaseNotesTopic.WAIT;
import static io.casework.visits.CaseNotesTopic.awaitRecord;
import static io.casework.visits.CaseNotesTopic.caseNotes;
import static io.casework.visits.CaseNotesTopic.child;
import static io.casework.visits.CaseNotesTopic.deadLetterReason;
import static io.casework.visits.CaseNotesTopic.deadLetters;
import static io.casework.visits.CaseNotesTopic.send;
import static io.casework.visits.CaseNotesTopic.visits;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The service as case-notes-service's events drive it, through the real broker and database. */
@QuarkusTest
class CaseNotesEventConsumerTest {

    @BeforeEach
    void demoOrganisation() {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
    }

    private static final LocalDate MON_21_DEC_2026 = LocalDate.of(2026, 12, 21);
    private static final LocalDate THU_7_JAN_2027 = LocalDate.of(2027, 1, 7);

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("A registered child's first statutory visit is due 10 working days (local standard) after the plan start, across Christmas 2026")
    void registrationSchedulesTheFirstVisit() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            send(visits, registered.childId(), registered);

            VisitScheduled scheduled = scheduled(visits, registered.childId(), THU_7_JAN_2027);
            assertThat(scheduled.childId()).isEqualTo(registered.childId());
            assertThat(scheduled.team()).isEqualTo("north");
            assertThat(scheduled.allocatedWorker()).isEqualTo("north.sw1");
            assertThat(scheduled.planType()).isEqualTo("CP");
            assertThat(scheduled.frequencyWorkingDays()).isEqualTo(10);
            EventEnvelope envelope = codec.read(awaitRecord(visits, r -> scheduledFor(r, registered.childId())).value());
            assertThat(envelope.source()).isEqualTo("/visits-service");
            assertThat(envelope.subject()).isEqualTo(registered.childId().toString());
        }
    }

    @Test
    @DisplayName("A statutory visit completes the visit due, on time, and the next is due 10 working days after the visit")
    void statutoryVisitCompletesAndPlansTheNext() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            send(visits, registered.childId(), registered);
            VisitScheduled first = scheduled(visits, registered.childId(), THU_7_JAN_2027);

            UUID note = UUID.randomUUID();
            send(visits, registered.childId(),
                    new VisitRecorded(note, registered.childId(), LocalDate.of(2027, 1, 5), true, true,
                            1, null, NoteType.STATUTORY_VISIT));

            VisitCompleted completed = completed(visits, registered.childId());
            assertThat(completed.visitId()).isEqualTo(first.visitId());
            assertThat(completed.noteId()).isEqualTo(note);
            assertThat(completed.visitDate()).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(completed.dueDate()).isEqualTo(THU_7_JAN_2027);
            assertThat(completed.onTime()).isTrue();
            // Tue 5 Jan 2027 + 10 working days, no holidays in between.
            VisitScheduled next = scheduled(visits, registered.childId(), LocalDate.of(2027, 1, 19));
            assertThat(next.visitId()).isNotEqualTo(first.visitId());
        }
    }

    @Test
    @DisplayName("A statutory visit after the due date completes the visit as late")
    void lateVisit() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            send(visits, registered.childId(), registered);
            scheduled(visits, registered.childId(), THU_7_JAN_2027);

            send(visits, registered.childId(), new VisitRecorded(UUID.randomUUID(), registered.childId(),
                    LocalDate.of(2027, 1, 8), true, true, 1, null, NoteType.STATUTORY_VISIT));

            assertThat(completed(visits, registered.childId()).onTime()).isFalse();
            scheduled(visits, registered.childId(), LocalDate.of(2027, 1, 22));
        }
    }

    @Test
    @DisplayName("003 s.5b and 004 failed visits: a visit where the child was not seen, or a failed visit, is kept as a visit but meets no statutory visit")
    void visitsThatAreNotStatutory() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            VisitScheduled first = scheduled(visits, childId, THU_7_JAN_2027);

            UUID failed = UUID.randomUUID();
            UUID notSeen = UUID.randomUUID();
            UUID statutory = UUID.randomUUID();
            send(visits, childId, new VisitRecorded(failed, childId, LocalDate.of(2027, 1, 4), false, false,
                    1, null, NoteType.VISIT));
            send(visits, childId, new VisitRecorded(notSeen, childId, LocalDate.of(2027, 1, 5), false, true,
                    1, null, NoteType.STATUTORY_VISIT));
            send(visits, childId, new VisitRecorded(statutory, childId, LocalDate.of(2027, 1, 6), true, true,
                    1, null, NoteType.STATUTORY_VISIT));

            // Events of one child are applied in order: the first visit completed is by the third note.
            VisitCompleted completed = completed(visits, childId);
            assertThat(completed.visitId()).isEqualTo(first.visitId());
            assertThat(completed.noteId()).isEqualTo(statutory);
            JsonPath recorded = awaitRecordedVisits(childId, 3);
            assertThat(recorded.getList("items.findAll { !it.metStatutoryVisit }.noteId"))
                    .containsExactlyInAnyOrder(failed.toString(), notSeen.toString());
            assertThat(recorded.getList("items.findAll { !it.metStatutoryVisit }.completedVisitId"))
                    .containsOnlyNulls();
            assertThat(recorded.getList("items.findAll { it.metStatutoryVisit }.completedVisitId"))
                    .containsExactly(first.visitId().toString());
            assertThat(read(childId, "visits").getList("items.findAll { it.state == 'COMPLETED' }.noteId"))
                    .containsExactly(statutory.toString());
        }
    }

    @Test
    @DisplayName("Ofsted Annex A \"date child last seen\", 003 s.5b: the visit plan shows the last day any visit saw "
            + "the child; a later visit where the child was not seen does not move it")
    void lastSeenIsTheLastVisitThatSawTheChild() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, THU_7_JAN_2027);
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 6), true, false,
                    1, true, NoteType.VISIT));
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 8), false, false,
                    1, null, NoteType.VISIT));
            awaitRecordedVisits(childId, 2);
            assertThat(read(childId, "visit-plan").getString("lastSeenOn")).isEqualTo("2027-01-06");
        }
    }

    @Test
    @DisplayName("002 s.5 and s.6: the worktray shows the child's names as the record now has them, after a "
            + "correction or a birth; an older announcement arriving late puts back no old name")
    void namesFollowTheRecord() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2025, 1, 6));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            assertThat(awaitDue(childId, item -> item.containsKey("familyName")).get("givenName"))
                    .isEqualTo("Child");

            send(visits, childId, new ChildDetailsChanged(childId, "Leo", "Corrected", null,
                    LocalDate.of(2015, 6, 14), null, false, List.of("givenName", "familyName"), 3, "north.sw1",
                    Instant.now()));
            send(visits, childId, new ChildDetailsChanged(childId, "Old", "Name", null, LocalDate.of(2015, 6, 14),
                    null, false, List.of("familyName"), 2, "north.sw1", Instant.now()));
            // The allocation follows both on the child's partition: once it shows, both were applied.
            send(visits, childId, new ChildAllocated(childId, "north", "north.sw2", "north", "north.sw1", "north.tm",
                    Instant.now()));
            Map<String, Object> due = awaitDue(childId, item -> "north.sw2".equals(((Map<?, ?>) item
                    .get("allocatedWorker")).get("username")));
            assertThat(due).containsEntry("givenName", "Leo").containsEntry("familyName", "Corrected");

            send(visits, childId, new ChildBorn(childId, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 20),
                    "Rosie", "Corrected", 5, "north.sw1", Instant.now()));
            assertThat(awaitDue(childId, item -> "Rosie".equals(item.get("givenName")))).isNotNull();
        }
    }

    @Test
    @DisplayName("001 \"Restricted Records\", DOMAIN.md rule 9, ACCESS-RULES \"Restricted child\": a restriction "
            + "announced by case-notes-service hides the child here from everyone off the list, the practice manager "
            + "and the head of service included, while the allocated worker still sees them; an older decision "
            + "arriving late does not lift it")
    void restrictionHidesTheChild() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, THU_7_JAN_2027);
            visitsAs("north.pm", childId).then().statusCode(200);

            send(visits, childId, new ChildRestrictionChanged(childId, "OTHER", "NONE", 3, "head.of.service",
                    Instant.now()));
            await().atMost(WAIT).untilAsserted(() -> visitsAs("north.pm", childId).then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused")));
            given().header("Authorization", KeycloakTokens.bearer("head.of.service"))
                    .header("X-Access-Purpose", "complaint review").get("/children/{childId}/visits", childId)
                    .then().statusCode(403);
            visitsAs("north.sw1", childId).then().statusCode(200);

            send(visits, childId, new ChildRestrictionChanged(childId, "NONE", "NONE", 2, "head.of.service",
                    Instant.now().minusSeconds(60)));
            await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                    visitsAs("north.pm", childId).then().statusCode(403));
        }
    }

    private static Response visitsAs(String user, UUID childId) {
        return given().header("Authorization", KeycloakTokens.bearer(user)).get("/children/{childId}/visits", childId);
    }

    /** The child's visit on the north team's worktray, once it satisfies {@code ready}. */
    private static Map<String, Object> awaitDue(UUID childId, Predicate<Map<String, Object>> ready) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            List<Map<String, Object>> items = given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                    .queryParam("team", "north").queryParam("until", "2099-12-31").queryParam("limit", 100)
                    .get("/visits/due").then().statusCode(200).extract().jsonPath().getList("items");
            return items.stream().filter(item -> childId.toString().equals(item.get("childId"))).findFirst()
                    .filter(ready).orElse(null);
        }, Objects::nonNull);
    }

    @Test
    @DisplayName("003 s.5b and 004: a statutory visit corrected at a later version to one where the child was not "
            + "seen stops counting: the visit it completed is planned again and announced reopened, due when it was; "
            + "the one planned after it is withdrawn and announced so with the reason; an older version arriving late "
            + "changes nothing")
    void laterVersionReplacesTheFirst() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            VisitScheduled first = scheduled(visits, childId, THU_7_JAN_2027);
            UUID note = UUID.randomUUID();
            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 5), true, true, 1, true,
                    NoteType.STATUTORY_VISIT));
            completed(visits, childId);
            VisitScheduled next = scheduled(visits, childId, LocalDate.of(2027, 1, 19));

            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 5), false, false, 3, null,
                    NoteType.VISIT));
            VisitWithdrawn withdrawn = codec.data(codec.read(awaitRecord(visits,
                    r -> is(r, EventType.VISIT_WITHDRAWN, childId)).value()), VisitWithdrawn.class);
            assertThat(withdrawn.visitId()).isEqualTo(next.visitId());
            assertThat(withdrawn.reason()).contains("no longer counts");
            VisitReopened reopened = codec.data(codec.read(awaitRecord(visits,
                    r -> is(r, EventType.VISIT_REOPENED, childId)).value()), VisitReopened.class);
            assertThat(reopened.visitId()).isEqualTo(first.visitId());
            assertThat(reopened.dueDate()).isEqualTo(THU_7_JAN_2027);
            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 5), true, true, 1, true,
                    NoteType.STATUTORY_VISIT));
            // A marker from another note: once it is kept, both announcements of the note have been applied.
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 6), false,
                    false, 1, null, NoteType.HOME_VISIT_NO_ACCESS));
            JsonPath recorded = awaitRecordedVisits(childId, 2);
            assertThat(recorded.getList("items.findAll { it.noteId == '" + note + "' }.noteVersion"))
                    .containsExactly(3);
            assertThat(recorded.getList("items.findAll { it.noteId == '" + note + "' }.metStatutoryVisit"))
                    .containsExactly(false);
            assertThat(recorded.getList("items.completedVisitId")).containsOnlyNulls();
            JsonPath planned = read(childId, "visits");
            assertThat(planned.getList("items.findAll { it.state == 'PLANNED' }.id"))
                    .containsExactly(first.visitId().toString());
            assertThat(planned.getList("items.findAll { it.state == 'WITHDRAWN' }.id")).hasSize(1);
            assertThat(planned.getList("items.findAll { it.state == 'COMPLETED' }")).isEmpty();
        }
    }

    @Test
    @DisplayName("A statutory visit corrected to another day completes the visit on that day and moves the next")
    void laterVersionOnAnotherDay() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, THU_7_JAN_2027);
            UUID note = UUID.randomUUID();
            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 5), true, true, 1, true,
                    NoteType.STATUTORY_VISIT));
            scheduled(visits, childId, LocalDate.of(2027, 1, 19));

            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 8), true, true, 3, true,
                    NoteType.STATUTORY_VISIT));
            // Fri 8 Jan 2027 + 10 working days.
            VisitScheduled moved = scheduled(visits, childId, LocalDate.of(2027, 1, 22));
            assertThat(moved.visitId()).isEqualTo(VisitIds.visitAfter(note));
            await().atMost(WAIT).untilAsserted(() -> assertThat(read(childId, "visits")
                    .getList("items.findAll { it.state == 'COMPLETED' }.onTime")).containsExactly(false));
        }
    }

    @Test
    @DisplayName("A redelivered event (the same envelope twice) changes nothing")
    void redeliveryChangesNothing() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            String registration = send(visits, childId, registered);
            TopicProbe.send(caseNotes(), childId.toString(), registration);
            scheduled(visits, childId, THU_7_JAN_2027);

            String visit = send(visits, childId,
                    new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 5), true, true,
                            1, null, NoteType.STATUTORY_VISIT));
            TopicProbe.send(caseNotes(), childId.toString(), visit);
            completed(visits, childId);
            assertOneVisitCompletedAfterMarker(visits, childId);
        }
    }

    @Test
    @DisplayName("One case note never completes two statutory visits, even when announced again under a new event id")
    void sameNoteCompletesOnce() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, THU_7_JAN_2027);

            VisitRecorded recorded = new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 5), true, true,
                    1, null, NoteType.STATUTORY_VISIT);
            send(visits, childId, recorded);
            send(visits, childId, recorded);
            completed(visits, childId);
            assertOneVisitCompletedAfterMarker(visits, childId);
        }
    }

    @Test
    @DisplayName("A record that is not an event goes to the dead-letter topic with its reason, and the next record is applied")
    void malformedRecordIsDeadLettered() {
        try (TopicProbe visits = new TopicProbe(visits());
                TopicProbe deadLetters = new TopicProbe(deadLetters())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            String garbage = "{not json at all " + UUID.randomUUID();
            // Same key as the good record that follows, so it sits in front of it on the same partition.
            TopicProbe.send(caseNotes(), registered.childId().toString(), garbage);
            send(visits, registered.childId(), registered);

            scheduled(visits, registered.childId(), THU_7_JAN_2027);
            ConsumerRecord<String, String> dead = awaitRecord(deadLetters, r -> garbage.equals(r.value()));
            assertThat(deadLetterReason(dead)).contains("not JSON");
        }
    }

    @Test
    @DisplayName("An event that breaks its schema goes to the dead-letter topic naming the defect")
    void schemaViolationIsDeadLettered() {
        try (TopicProbe visits = new TopicProbe(visits());
                TopicProbe deadLetters = new TopicProbe(deadLetters())) {
            ChildRegistered registered = child("north", PlanType.CP, MON_21_DEC_2026);
            String valid = visits.event(registered, SOURCE,
                    registered.childId().toString());
            String withoutTeam = valid.replace("\"team\":\"north\",", "");
            assertThat(withoutTeam).isNotEqualTo(valid);
            TopicProbe.send(caseNotes(), registered.childId().toString(), withoutTeam);

            ConsumerRecord<String, String> dead = awaitRecord(deadLetters, r -> withoutTeam.equals(r.value()));
            assertThat(deadLetterReason(dead)).contains("team");
        }
    }

    @Test
    @DisplayName("A visit for a child never registered here goes to the dead-letter topic saying so")
    void unknownChildIsDeadLettered() {
        try (TopicProbe visits = new TopicProbe(visits());
                TopicProbe deadLetters = new TopicProbe(deadLetters())) {
            UUID stranger = UUID.randomUUID();
            String value = send(visits, stranger,
                    new VisitRecorded(UUID.randomUUID(), stranger, LocalDate.of(2027, 1, 5), true, true,
                            1, null, NoteType.STATUTORY_VISIT));

            ConsumerRecord<String, String> dead = awaitRecord(deadLetters, r -> value.equals(r.value()));
            assertThat(deadLetterReason(dead)).contains("unknown child " + stranger);
        }
    }

    /**
     * Sends a last, non-statutory visit of the same child as a marker: once it is applied, every record before it has
     * been handled. Then exactly one visit is completed and one planned, and nothing more was published.
     */
    private void assertOneVisitCompletedAfterMarker(TopicProbe visits, UUID childId) {
        send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 6), false, false,
                1, null, NoteType.VISIT));
        awaitRecordedVisits(childId, 2);
        assertThat(read(childId, "visits").getList("items.state")).containsExactly("COMPLETED", "PLANNED");
        assertPublishedStays(childId, 2, 1);
    }

    private VisitScheduled scheduled(TopicProbe visits, UUID childId, LocalDate dueDate) {
        ConsumerRecord<String, String> record = awaitRecord(visits, r -> scheduledFor(r, childId)
                && codec.data(codec.read(r.value()), VisitScheduled.class).dueDate().equals(dueDate));
        return codec.data(codec.read(record.value()), VisitScheduled.class);
    }

    private VisitCompleted completed(TopicProbe visits, UUID childId) {
        ConsumerRecord<String, String> record = awaitRecord(visits, r -> is(r, EventType.VISIT_COMPLETED, childId));
        return codec.data(codec.read(record.value()), VisitCompleted.class);
    }

    private boolean scheduledFor(ConsumerRecord<String, String> record, UUID childId) {
        return is(record, EventType.VISIT_SCHEDULED, childId);
    }

    private boolean is(ConsumerRecord<String, String> record, EventType type, UUID childId) {
        return childId.toString().equals(record.key()) && type.type().equals(codec.read(record.value()).type());
    }

    /** The counts of published events for the child reach what is expected and stay there (nothing late arrives). */
    private void assertPublishedStays(UUID childId, int scheduled, int completed) {
        // A probe of its own, reading the topic from the start: it keeps every record it polls.
        try (TopicProbe all = new TopicProbe(visits())) {
            await().atMost(Duration.ofSeconds(15)).during(Duration.ofSeconds(2)).until(() -> {
                List<ConsumerRecord<String, String>> seen = all.seen();
                return seen.stream().filter(r -> is(r, EventType.VISIT_SCHEDULED, childId)).count() == scheduled
                        && seen.stream().filter(r -> is(r, EventType.VISIT_COMPLETED, childId)).count() == completed;
            });
        }
    }

    /** The child's recorded visits once there are {@code count} of them (fewer than a page). */
    private static JsonPath awaitRecordedVisits(UUID childId, int count) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> read(childId, "recorded-visits"),
                view -> view.getList("items").size() == count);
    }

    /** The first page of one of the child's lists, {@code visits} or {@code recorded-visits}. */
    private static JsonPath read(UUID childId, String list) {
        return given()
                .header("Authorization", KeycloakTokens.bearer("head.of.service"))
                .header("X-Access-Purpose", "checking the test's effect")
                .get("/children/{childId}/" + list, childId)
                .then().statusCode(200).extract().jsonPath();
    }
}
