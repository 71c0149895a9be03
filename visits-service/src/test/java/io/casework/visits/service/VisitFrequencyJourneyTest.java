package io.casework.visits.service;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.visits.CaseNotesTopic.WAIT;
import static io.casework.visits.CaseNotesTopic.awaitRecord;
import static io.casework.visits.CaseNotesTopic.child;
import static io.casework.visits.CaseNotesTopic.send;
import static io.casework.visits.CaseNotesTopic.visits;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Visit frequencies, compliance facts, keep-in-touch contacts and failed access, as case-notes-service's events drive
 * them through the real broker and database, read back through the API with real tokens. The regulations are
 * summarised in issue 16 (they cannot be fetched here); each test names the provision or seed section it follows.
 */
@QuarkusTest
class VisitFrequencyJourneyTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final EventCodec codec = new EventCodec();

    @Inject
    FailedAccessScan scan;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("reg 28 (Care Planning, Placement and Case Review (England) Regulations 2010): within 1 week of a "
            + "placement's start, then 6 weeks; a new placement restarts the cycle and withdraws the visit waiting")
    void placementChangeRestartsTheCycle() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CLA, LocalDate.of(2026, 1, 5));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, LocalDate.of(2026, 1, 12));

            send(visits, childId, step(childId, "LOOKED_AFTER_EPISODE", LocalDate.of(2026, 1, 5),
                    Map.of("legalStatus", "C2")));
            UUID placement = UUID.randomUUID();
            send(visits, childId, step(placement, childId, "PLACEMENT", LocalDate.of(2026, 2, 2),
                    Map.of("placementType", "U6")));
            VisitScheduled first = scheduled(visits, childId, LocalDate.of(2026, 2, 9));
            assertThat(first.frequencyRule()).isEqualTo("cla-placement");
            assertThat(first.visitKind()).isEqualTo("CLA");
            awaitRecord(visits, r -> is(r, EventType.VISIT_WITHDRAWN, childId));

            send(visits, childId, statutoryVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 2, 6)));
            scheduled(visits, childId, LocalDate.of(2026, 3, 20));

            // A second placement on 1 March: due within a week of it, whatever the last visit was.
            send(visits, childId, step(UUID.randomUUID(), childId, "PLACEMENT", LocalDate.of(2026, 3, 1),
                    Map.of("placementType", "U4", "intendedToLastUntil18", true)));
            VisitScheduled restarted = scheduled(visits, childId, LocalDate.of(2026, 3, 8));
            assertThat(restarted.frequencyRule()).isEqualTo("cla-placement-until-18");
            VisitWithdrawn withdrawn = codec.data(codec.read(awaitRecord(visits, r -> is(r, EventType.VISIT_WITHDRAWN,
                    childId) && r.value().contains("PLACEMENT")).value()), VisitWithdrawn.class);
            assertThat(withdrawn.reason()).contains("new basis");

            JsonPath plan = read(childId, "visit-plan");
            assertThat(plan.getString("frequency.rule")).isEqualTo("cla-placement-until-18");
            assertThat(plan.getString("frequency.source")).contains("reg 28");
            assertThat(plan.getString("startDate")).isEqualTo("2026-03-01");
            assertThat(plan.getString("nextDueDate")).isEqualTo("2026-03-08");
        }
    }

    @Test
    @DisplayName("A placement that ends stops the visits; the registration announced again does not begin them anew")
    void endedPlacementStopsTheVisits() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CLA, LocalDate.of(2026, 5, 4));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            UUID placement = UUID.randomUUID();
            send(visits, childId, step(placement, childId, "PLACEMENT", LocalDate.of(2026, 5, 11),
                    Map.of("placementType", "U6")));
            scheduled(visits, childId, LocalDate.of(2026, 5, 18));
            send(visits, childId, new io.casework.contracts.events.PathwayStepEnded(placement, childId, "PLACEMENT",
                    null, "north", LocalDate.of(2026, 5, 15), "Returned home", null, "north.sw1", Instant.now()));
            VisitWithdrawn withdrawn = codec.data(codec.read(awaitRecord(visits, r -> is(r, EventType.VISIT_WITHDRAWN,
                    childId) && r.value().contains("ended")).value()), VisitWithdrawn.class);
            assertThat(withdrawn.reason()).contains("PLACEMENT");
            send(visits, childId, registered);
            // Applied, not stuck: the next event about the child is applied after it.
            send(visits, childId, step(UUID.randomUUID(), childId, "CHILD_IN_NEED_PLAN", LocalDate.of(2026, 6, 1),
                    Map.of()));
            scheduled(visits, childId, LocalDate.of(2026, 6, 29));
        }
    }

    @Test
    @DisplayName("reg 28: a placement intended to last until 18 is visited within 6 weeks in its first year and within 3 "
            + "months from its first anniversary")
    void firstYearBoundary() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CLA, LocalDate.of(2025, 1, 6));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            send(visits, childId, step(UUID.randomUUID(), childId, "PLACEMENT", LocalDate.of(2025, 1, 6),
                    Map.of("placementType", "U4", "intendedToLastUntil18", true)));
            scheduled(visits, childId, LocalDate.of(2025, 1, 13));
            send(visits, childId, statutoryVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 1, 5)));
            scheduled(visits, childId, LocalDate.of(2026, 2, 16));
            send(visits, childId, statutoryVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 2, 16)));
            scheduled(visits, childId, LocalDate.of(2026, 5, 16));
        }
    }

    @Test
    @DisplayName("reg 28: placed with a parent before assessment, weekly until the first looked-after review, then 6 "
            + "weeks")
    void weeklyUntilTheFirstReview() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CLA, LocalDate.of(2026, 4, 6));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            send(visits, childId, step(UUID.randomUUID(), childId, "PLACEMENT", LocalDate.of(2026, 4, 6),
                    Map.of("placementType", "P1", "arrangement", "PARENT_BEFORE_ASSESSMENT")));
            scheduled(visits, childId, LocalDate.of(2026, 4, 13));
            send(visits, childId, statutoryVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 4, 10)));
            scheduled(visits, childId, LocalDate.of(2026, 4, 17));
            send(visits, childId, held(childId, "LOOKED_AFTER_REVIEW", Instant.parse("2026-04-14T10:00:00Z")));
            send(visits, childId, statutoryVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 4, 16)));
            scheduled(visits, childId, LocalDate.of(2026, 5, 28));
        }
    }

    @Test
    @DisplayName("reg 8 (Children (Private Arrangements for Fostering) Regulations 2005): the clock starts when the "
            + "authority became aware of the arrangement, 6 weeks in the first year")
    void privateFostering() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CIN, LocalDate.of(2026, 6, 1));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            send(visits, childId, step(UUID.randomUUID(), childId, "PRIVATE_FOSTERING_ARRANGEMENT",
                    LocalDate.of(2026, 6, 10), Map.of("authorityAwareOn", "2026-06-03")));
            VisitScheduled first = scheduled(visits, childId, LocalDate.of(2026, 7, 15));
            assertThat(first.visitKind()).isEqualTo("PRIVATE_FOSTERING");
            assertThat(read(childId, "visit-plan").getString("frequency.source")).contains("reg 8");
        }
    }

    @Test
    @DisplayName("004 Recording KIT Visits: a care leaver's KIT contact every 2 months counts only when in touch; one "
            + "within 2 months of the 18th birthday is flagged for the SSDA903 return")
    void keepInTouch() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            UUID id = UUID.randomUUID();
            ChildRegistered registered = new ChildRegistered(id, "Kit Example", "lcs-practice-guide", "north",
                    "north.sw1", PlanType.CARE_LEAVER.name(), LocalDate.of(2026, 1, 10), "Kit", "Example-" + id,
                    LocalDate.of(2008, 3, 20));
            send(visits, id, registered);
            scheduled(visits, id, LocalDate.of(2026, 3, 10));

            UUID notInTouch = UUID.randomUUID();
            send(visits, id, new KeepInTouchRecorded(notInTouch, id, LocalDate.of(2026, 3, 1), 1, false,
                    "NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING", "Not known"));
            UUID inTouch = UUID.randomUUID();
            send(visits, id, new KeepInTouchRecorded(inTouch, id, LocalDate.of(2026, 3, 9), 1, true, "TRAINING",
                    "Supported lodgings; settled"));
            VisitScheduled next = scheduled(visits, id, LocalDate.of(2026, 5, 9));
            assertThat(next.visitKind()).isEqualTo("CARE_LEAVER_KIT");

            JsonPath contacts = await().atMost(WAIT).ignoreExceptions().until(() -> read(id, "kit-contacts"),
                    page -> page.getList("items").size() == 2);
            assertThat(contacts.getList("items.noteId")).containsExactly(notInTouch.toString(), inTouch.toString());
            assertThat(contacts.getList("items.inTouch")).containsExactly(false, true);
            assertThat(contacts.getList("items.ssda903")).containsExactly(true, true);
            assertThat(contacts.getList("items.ssda903Birthday")).containsExactly(18, 18);
            assertThat(contacts.getList("items.mainActivity")).containsExactly(
                    "NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING", "TRAINING");
        }
    }

    @Test
    @DisplayName("003 s.5b, 002 s.6: each visit keeps its compliance facts, in time or late and by how much; a "
            + "correction shows in the visit's history")
    void complianceFactsAndHistory() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2026, 12, 21));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, LocalDate.of(2027, 1, 7));
            UUID note = UUID.randomUUID();
            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 11), true, true, 1, false,
                    NoteType.STATUTORY_VISIT, "CP", false, "Leo wanted his mother to stay", true, false,
                    LocalTime.of(16, 30), 45));
            scheduled(visits, childId, LocalDate.of(2027, 1, 25));
            JsonPath recorded = await().atMost(WAIT).ignoreExceptions().until(() -> read(childId, "recorded-visits"),
                    page -> page.getList("items").size() == 1);
            assertThat(recorded.getString("items[0].statutoryVisit")).isEqualTo("CP");
            assertThat(recorded.getString("items[0].notSeenAloneReason")).isEqualTo("Leo wanted his mother to stay");
            assertThat(recorded.getBoolean("items[0].bedroomSeen")).isTrue();
            assertThat(recorded.getBoolean("items[0].announced")).isFalse();
            assertThat(recorded.getString("items[0].startTime")).isEqualTo("16:30:00");
            assertThat(recorded.getInt("items[0].durationMinutes")).isEqualTo(45);
            assertThat(recorded.getString("items[0].dueDate")).isEqualTo("2027-01-07");
            assertThat(recorded.getInt("items[0].daysLate")).isEqualTo(4);

            // Returned and corrected: the child was not seen after all. The schedule goes back, and the history says so.
            send(visits, childId, new VisitRecorded(note, childId, LocalDate.of(2027, 1, 11), false, false, 2, null,
                    NoteType.VISIT));
            awaitRecord(visits, r -> is(r, EventType.VISIT_REOPENED, childId));
            List<Map<String, Object>> history = await().atMost(WAIT).ignoreExceptions()
                    .until(() -> read(childId, "recorded-visits/" + note + "/history").getList("$"),
                            versions -> versions.size() == 2);
            assertThat(history).extracting(version -> version.get("effect")).containsExactly("COMPLETED", "REOPENED");
            assertThat(history).extracting(version -> version.get("childSeen")).containsExactly(true, false);
        }
    }

    @Test
    @DisplayName("002 s.6: an unborn child's statutory visit to the mother meets the visit, with no seen facts, and is "
            + "no failed visit")
    void unbornChild() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2026, 12, 21));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, LocalDate.of(2027, 1, 7));
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2027, 1, 4), false, true,
                    1, null, NoteType.STATUTORY_VISIT, "CP", true, null, true, true, null, null));
            scheduled(visits, childId, LocalDate.of(2027, 1, 18));
            assertThat(read(childId, "recorded-visits").getBoolean("items[0].unborn")).isTrue();
            assertThat(open(childId)).isZero();
        }
    }

    @Test
    @DisplayName("004 Failed visits: the second failed visit goes to the practice manager within 1 working day (over "
            + "Christmas 2026's bank holidays); a visit that sees the child ends failed access")
    void secondFailedVisitGoesToThePracticeManager() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2026, 12, 14));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            UUID first = UUID.randomUUID();
            send(visits, childId, failedVisit(first, childId, LocalDate.of(2026, 12, 21)));
            send(visits, childId, failedVisit(UUID.randomUUID(), childId, LocalDate.of(2026, 12, 24)));
            FailedAccessEscalated escalated = escalation(visits, childId, "PRACTICE_MANAGER");
            assertThat(escalated.failedAccessId()).isEqualTo(first);
            assertThat(escalated.rule()).isEqualTo("failed-visit-escalation-practice-manager");
            assertThat(escalated.failedVisits()).isEqualTo(2);
            assertThat(escalated.failedSince()).isEqualTo(LocalDate.of(2026, 12, 21));
            // Friday 25 December and Monday 28 December (Boxing Day's substitute) are bank holidays.
            assertThat(escalated.alertBy()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(escalated.team()).isEqualTo("north");

            // The same failed visit corrected (another version) is not another failure.
            send(visits, childId, failedVisit(first, childId, LocalDate.of(2026, 12, 21), 2));
            UUID seen = UUID.randomUUID();
            send(visits, childId, statutoryVisit(seen, childId, LocalDate.of(2026, 12, 29)));
            FailedAccessEnded ended = codec.data(codec.read(awaitRecord(visits,
                    r -> is(r, EventType.FAILED_ACCESS_ENDED, childId)).value()), FailedAccessEnded.class);
            assertThat(ended.failedAccessId()).isEqualTo(first);
            assertThat(ended.noteId()).isEqualTo(seen);
            assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(failedVisits(first)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("004 Failed visits: failed access over ten days goes to the team manager, over two weeks to a senior "
            + "manager, each once, found by the scan with no further visit")
    void failedAccessOverTimeClimbsTheLadder() {
        LocalDate today = LocalDate.now(ENGLAND);
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, today.minusDays(30));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            UUID first = UUID.randomUUID();
            send(visits, childId, failedVisit(first, childId, today.minusDays(3)));
            await().atMost(WAIT).until(() -> open(childId) == 1);

            // Time passes: the spell began eleven days ago.
            moveFailedSince(first, today.minusDays(11));
            scan.run();
            FailedAccessEscalated team = escalation(visits, childId, "TEAM_MANAGER");
            assertThat(team.rule()).isEqualTo("failed-access-team-manager-alert");
            assertThat(team.failedSince()).isEqualTo(today.minusDays(11));

            moveFailedSince(first, today.minusDays(15));
            scan.run();
            assertThat(escalation(visits, childId, "SENIOR_MANAGER").rule())
                    .isEqualTo("failed-access-senior-manager-alert");
            scan.run();
            await().during(java.time.Duration.ofSeconds(2)).atMost(WAIT).until(() -> visits.seen().stream()
                    .filter(r -> is(r, EventType.FAILED_ACCESS_ESCALATED, childId)).count() == 2);
        }
    }

    @Test
    @DisplayName("A manager sets a child in need's own frequency (the plan sets it) and the visit waiting moves; a "
            + "looked-after child's may not be longer than reg 28 allows; a worker may not set one")
    void managersOwnFrequency() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CIN, LocalDate.of(2026, 12, 21));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            scheduled(visits, childId, LocalDate.of(2027, 1, 18));

            as("north.sw1").body(Map.of("everyAmount", 2, "everyUnit", "WEEKS", "reason", "The plan says so"))
                    .put("/children/{id}/visit-frequency", childId).then().statusCode(403);
            as("north.tm").body(Map.of("everyAmount", 2, "everyUnit", "WEEKS", "reason", "The CIN plan sets it"))
                    .put("/children/{id}/visit-frequency", childId).then().statusCode(200)
                    .body("childFrequency.everyAmount", equalTo(2))
                    .body("childFrequency.setBy.username", equalTo("north.tm"))
                    .body("nextDueDate", equalTo("2027-01-04"));
            VisitScheduled moved = scheduled(visits, childId, LocalDate.of(2027, 1, 4));
            assertThat(moved.frequencyRule()).isEqualTo("manager-override");
            as("north.tm").body(Map.of("reason", "Back to the standard"))
                    .put("/children/{id}/visit-frequency", childId).then().statusCode(200)
                    .body("childFrequency", nullValue())
                    .body("nextDueDate", equalTo("2027-01-18"));

            ChildRegistered looked = child("north", PlanType.CLA, LocalDate.of(2026, 12, 21));
            send(visits, looked.childId(), looked);
            scheduled(visits, looked.childId(), LocalDate.of(2026, 12, 28));
            as("north.tm").body(Map.of("everyAmount", 3, "everyUnit", "MONTHS", "reason", "Settled"))
                    .put("/children/{id}/visit-frequency", looked.childId()).then().statusCode(400)
                    .body("type", equalTo("urn:casework:problem:frequency-longer-than-rule"));
            as("north.tm").body(Map.of("everyAmount", 3, "reason", "Half a frequency"))
                    .put("/children/{id}/visit-frequency", looked.childId()).then().statusCode(400);
        }
    }

    @Test
    @DisplayName("A worker arranges visits ahead, announced or not, sees them against the due date, and cancels one")
    void visitsArrangedAhead() {
        LocalDate today = LocalDate.now(ENGLAND);
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered registered = child("north", PlanType.CP, today);
            UUID childId = registered.childId();
            send(visits, childId, registered);
            awaitRecord(visits, r -> is(r, EventType.VISIT_SCHEDULED, childId));

            String id = as("north.sw1").body(Map.of("visitDate", today.plusDays(1).toString(), "announced", false))
                    .post("/children/{id}/visit-appointments", childId).then().statusCode(201)
                    .body("beforeDueDate", equalTo(true))
                    .body("announced", equalTo(false))
                    .extract().path("id");
            as("north.sw1").body(Map.of("visitDate", today.plusMonths(3).toString(), "announced", true))
                    .post("/children/{id}/visit-appointments", childId).then().statusCode(201)
                    .body("beforeDueDate", equalTo(false));
            as("north.sw1").body(Map.of("visitDate", today.minusDays(1).toString(), "announced", true))
                    .post("/children/{id}/visit-appointments", childId).then().statusCode(400);
            as("north.sw1").post("/children/{id}/visit-appointments/{appointment}/cancellation", childId, id)
                    .then().statusCode(200).body("cancelledAt", org.hamcrest.Matchers.notNullValue());
            JsonPath list = read(childId, "visit-appointments");
            assertThat(list.getList("items.visitDate")).containsExactly(today.plusDays(1).toString(),
                    today.plusMonths(3).toString());
        }
    }

    // --- helpers

    private static io.restassured.specification.RequestSpecification as(String username) {
        return given().header("Authorization", KeycloakTokens.bearer(username)).contentType("application/json");
    }

    private static JsonPath read(UUID childId, String path) {
        return given().header("Authorization", KeycloakTokens.bearer("head.of.service"))
                .header("X-Access-Purpose", "checking the test's effect")
                .get("/children/{childId}/" + path, childId).then().statusCode(200).extract().jsonPath();
    }

    private VisitScheduled scheduled(TopicProbe visits, UUID childId, LocalDate due) {
        ConsumerRecord<String, String> record = awaitRecord(visits, r -> is(r, EventType.VISIT_SCHEDULED, childId)
                && codec.data(codec.read(r.value()), VisitScheduled.class).dueDate().equals(due));
        return codec.data(codec.read(record.value()), VisitScheduled.class);
    }

    private FailedAccessEscalated escalation(TopicProbe visits, UUID childId, String to) {
        ConsumerRecord<String, String> record = awaitRecord(visits, r -> is(r, EventType.FAILED_ACCESS_ESCALATED,
                childId) && codec.data(codec.read(r.value()), FailedAccessEscalated.class).escalateTo().equals(to));
        return codec.data(codec.read(record.value()), FailedAccessEscalated.class);
    }

    private boolean is(ConsumerRecord<String, String> record, EventType type, UUID childId) {
        return childId.toString().equals(record.key()) && type.type().equals(codec.read(record.value()).type());
    }

    private static PathwayStepStarted step(UUID childId, String kind, LocalDate start, Map<String, Object> details) {
        return step(UUID.randomUUID(), childId, kind, start, details);
    }

    private static PathwayStepStarted step(UUID stepId, UUID childId, String kind, LocalDate start,
                                           Map<String, Object> details) {
        return new PathwayStepStarted(stepId, childId, kind, null, null, "north", start, null, null, null, null, null,
                null, details, null, "north.sw1", Instant.now());
    }

    private static PathwayStepHeld held(UUID childId, String kind, Instant at) {
        return new PathwayStepHeld(UUID.randomUUID(), childId, kind, null, "north", at, "iro.one", List.of(), true,
                null, Map.of(), "iro.one", at);
    }

    private static VisitRecorded statutoryVisit(UUID note, UUID childId, LocalDate day) {
        return new VisitRecorded(note, childId, day, true, true, 1, true, NoteType.STATUTORY_VISIT);
    }

    private static VisitRecorded failedVisit(UUID note, UUID childId, LocalDate day) {
        return failedVisit(note, childId, day, 1);
    }

    private static VisitRecorded failedVisit(UUID note, UUID childId, LocalDate day, int version) {
        return new VisitRecorded(note, childId, day, false, false, version, null, NoteType.HOME_VISIT_NO_ACCESS);
    }

    private long open(UUID childId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                "select count(f) from FailedAccess f where f.childId = ?1 and f.endedOn is null")
                .setParameter(1, childId).getSingleResult());
    }

    private int failedVisits(UUID failedAccessId) {
        return QuarkusTransaction.requiringNew().call(() -> (Integer) entityManager.createQuery(
                "select f.failedVisits from FailedAccess f where f.failedAccessId = ?1")
                .setParameter(1, failedAccessId).getSingleResult());
    }

    /** Stands in for days passing: the spell is made to have begun on {@code since}. */
    private void moveFailedSince(UUID failedAccessId, LocalDate since) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                "update FailedAccess f set f.failedSince = ?1 where f.failedAccessId = ?2")
                .setParameter(1, since).setParameter(2, failedAccessId).executeUpdate());
    }
}
