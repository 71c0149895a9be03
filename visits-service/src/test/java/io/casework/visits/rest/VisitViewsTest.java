package io.casework.visits.rest;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventType;
import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitRecorded;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

/**
 * The views issue 16 asks for, through the API with real tokens: a worker's children due soon and overdue with failed
 * access, and a manager's team compliance over a period.
 */
@QuarkusTest
class VisitViewsTest {

    private final EventCodec codec = new EventCodec();

    @Inject
    WorkingDayCalendar calendar;

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("A worker's view: my children's visits overdue and due soon, with the day last seen and failed "
            + "access open (004 \"Failed visits\", Ofsted Annex A)")
    void workersView() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (TopicProbe visits = new TopicProbe(visits())) {
            ChildRegistered overdue = child("north", PlanType.CP, calendar.subtractWorkingDays(today, 12));
            ChildRegistered soon = child("north", PlanType.CP, calendar.subtractWorkingDays(today, 8));
            for (ChildRegistered registered : List.of(overdue, soon)) {
                send(visits, registered.childId(), registered);
                awaitRecord(visits, r -> is(r, EventType.VISIT_SCHEDULED, registered.childId()));
            }
            send(visits, overdue.childId(), new VisitRecorded(UUID.randomUUID(), overdue.childId(),
                    today.minusDays(1), false, false, 1, null, NoteType.HOME_VISIT_NO_ACCESS));
            String overdueId = overdue.childId().toString();
            String soonId = soon.childId().toString();

            JsonPath late = await().atMost(WAIT).ignoreExceptions().until(
                    () -> due("north.sw1", Map.of("allocatedTo", "me", "status", "OVERDUE")),
                    page -> page.getList("items.childId").contains(overdueId)
                            && page.getString("items.find { it.childId == '%s' }.failedAccess.failedSince"
                            .formatted(overdueId)) != null);
            assertThat(late.getList("items.childId")).doesNotContain(soonId);
            assertThat(late.getList("items.status")).containsOnly("OVERDUE");
            assertThat(late.getInt("items.find { it.childId == '%s' }.failedAccess.failedVisits".formatted(overdueId)))
                    .isEqualTo(1);
            assertThat(late.getString("items.find { it.childId == '%s' }.visitKind".formatted(overdueId)))
                    .isEqualTo("CP");

            JsonPath dueSoon = due("north.sw1", Map.of("allocatedTo", "me", "status", "DUE_SOON"));
            assertThat(dueSoon.getList("items.childId")).contains(soonId).doesNotContain(overdueId);
            assertThat(dueSoon.getList("items.status")).containsOnly("DUE_SOON");

            JsonPath failing = due("north.sw1", Map.of("failedAccess", "true", "until", today.plusYears(1).toString()));
            assertThat(failing.getList("items.childId")).contains(overdueId).doesNotContain(soonId);
            // Another worker's "mine" does not list them.
            assertThat(due("north.sw2", Map.of("allocatedTo", "me", "status", "OVERDUE")).getList("items.childId"))
                    .doesNotContain(overdueId);
            given().header("Authorization", KeycloakTokens.bearer("north.sw1")).queryParam("status", "LATE")
                    .get("/visits/due").then().statusCode(400);
        }
    }

    @Test
    @DisplayName("A manager's view: the team's visits due in a period met in time, late or not yet, and the visits "
            + "made seen alone, bedroom seen (003 s.5b g) and unannounced; for the team's managers only")
    void teamCompliance() {
        try (TopicProbe visits = new TopicProbe(visits())) {
            // In 2031, where no other test records: the counts are this test's alone.
            ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2031, 1, 6));
            UUID childId = registered.childId();
            send(visits, childId, registered);
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2031, 1, 16), true, true,
                    1, true, NoteType.STATUTORY_VISIT, "CP", false, null, true, false, LocalTime.of(9, 0), 30));
            send(visits, childId, new VisitRecorded(UUID.randomUUID(), childId, LocalDate.of(2031, 2, 5), true, true,
                    1, false, NoteType.STATUTORY_VISIT, "CP", false, "Mother stayed", false, true, null, null));
            awaitRecord(visits, r -> is(r, EventType.VISIT_COMPLETED, childId)
                    && r.value().contains("2031-02-05"));

            JsonPath compliance = as("north.tm").queryParam("from", "2031-01-01").queryParam("to", "2031-03-31")
                    .get("/teams/north/visit-compliance").then().statusCode(200).extract().jsonPath();
            assertThat(compliance.getInt("total.due")).isEqualTo(3);
            assertThat(compliance.getInt("total.inTime")).isEqualTo(1);
            assertThat(compliance.getInt("total.late")).isEqualTo(1);
            assertThat(compliance.getInt("total.notYetMet")).isEqualTo(1);
            assertThat(compliance.getInt("total.visitsMade")).isEqualTo(2);
            assertThat(compliance.getInt("total.seenAlone")).isEqualTo(1);
            assertThat(compliance.getInt("total.bedroomSeen")).isEqualTo(1);
            assertThat(compliance.getInt("total.bedroomExpected")).isEqualTo(2);
            assertThat(compliance.getInt("total.unannounced")).isEqualTo(1);
            assertThat(compliance.getList("byKind.visitKind")).containsExactly("CP");

            as("senior.manager").queryParam("from", "2031-01-01").queryParam("to", "2031-03-31")
                    .get("/teams/north/visit-compliance").then().statusCode(200);
            as("north.sw1").queryParam("from", "2031-01-01").queryParam("to", "2031-03-31")
                    .get("/teams/north/visit-compliance").then().statusCode(403);
            as("south.pm").queryParam("from", "2031-01-01").queryParam("to", "2031-03-31")
                    .get("/teams/north/visit-compliance").then().statusCode(403);
            as("north.tm").queryParam("from", "2031-01-01").queryParam("to", "2032-03-31")
                    .get("/teams/north/visit-compliance").then().statusCode(400)
                    .body("type", equalTo("urn:casework:problem:period-invalid"));
            as("north.tm").queryParam("from", "2031-01-01").get("/teams/north/visit-compliance").then()
                    .statusCode(400);
            as("north.tm").queryParam("from", "2031-01-01").queryParam("to", "2031-03-31")
                    .get("/teams/nowhere/visit-compliance").then().statusCode(404);
        }
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", KeycloakTokens.bearer(username));
    }

    private static JsonPath due(String username, Map<String, String> query) {
        return as(username).queryParams(query).queryParam("limit", "100").get("/visits/due").then().statusCode(200)
                .extract().jsonPath();
    }

    private boolean is(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, EventType type,
                       UUID childId) {
        return childId.toString().equals(record.key()) && type.type().equals(codec.read(record.value()).type());
    }
}
