package io.casework.visits.rest;

import io.casework.contracts.NoteType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitRecorded;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static io.casework.visits.CaseNotesTopic.WAIT;
import static io.casework.visits.CaseNotesTopic.child;
import static io.casework.visits.CaseNotesTopic.send;
import static io.casework.visits.CaseNotesTopic.visits;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The REST API with real Keycloak tokens, over children registered through the real topic. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitResourceTest {

    @BeforeEach
    void demoOrganisation() {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
    }

    private static final String PROBLEM_JSON = "application/problem+json";

    /** North child whose first visit (due Mon 20 Jan 2025) is long overdue. */
    private ChildRegistered overdue;
    /** North child whose first visit is due Thu 7 Jan 2027. */
    private ChildRegistered upcoming;
    private ChildRegistered south;

    // Once per class; in @BeforeEach because RestAssured only knows the test port once a test runs.
    @BeforeEach
    void registerChildren() {
        if (overdue != null) {
            return;
        }
        DemoOrganisation.ensure();
        List<ChildRegistered> children = List.of(child("north", PlanType.CP, LocalDate.of(2025, 1, 6)),
                child("north", PlanType.CP, LocalDate.of(2026, 12, 21)),
                child("south", PlanType.CP, LocalDate.of(2025, 1, 6)));
        try (TopicProbe probe = new TopicProbe(visits())) {
            for (ChildRegistered registered : children) {
                send(probe, registered.childId(), registered);
            }
        }
        for (ChildRegistered registered : children) {
            await().atMost(WAIT).until(() -> as("head.of.service").header("X-Access-Purpose", "test set-up")
                    .get("/children/{id}/visits", registered.childId()).statusCode() == 200);
        }
        overdue = children.get(0);
        upcoming = children.get(1);
        south = children.get(2);
    }

    @Test
    @DisplayName("Every endpoint needs a bearer token: 401 without one")
    void unauthenticated() {
        given().get("/children/{id}/visits", upcoming.childId()).then().statusCode(401);
        given().get("/children/{id}/recorded-visits", upcoming.childId()).then().statusCode(401);
        given().get("/children/{id}/visit-plan", upcoming.childId()).then().statusCode(401);
        given().queryParam("team", "north").get("/visits/due").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get("/children/{id}/visits", upcoming.childId())
                .then().statusCode(401);
    }

    @Test
    @DisplayName("A social worker of the child's team sees the planned visit with its due date, not yet overdue, "
            + "on one page")
    void ownTeamSeesVisits() {
        as("north.sw1").get("/children/{id}/visits", upcoming.childId()).then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", notNullValue())
                .body("items[0].state", equalTo("PLANNED"))
                .body("items[0].dueDate", equalTo("2027-01-07"))
                .body("items[0].frequencyWorkingDays", equalTo(10))
                .body("items[0].onTime", nullValue())
                .body("items[0].overdue", equalTo(false))
                .body("next", nullValue());
        as("north.sw1").get("/children/{id}/recorded-visits", upcoming.childId()).then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("next", nullValue());
    }

    @Test
    @DisplayName("A planned visit past its due date shows as overdue")
    void overdueVisit() {
        as("north.pm").get("/children/{id}/visits", overdue.childId()).then()
                .statusCode(200)
                .body("items[0].dueDate", equalTo("2025-01-20"))
                .body("items[0].overdue", equalTo(true));
    }

    @Test
    @DisplayName("Lists are paged: a child's statutory visits by due date and recorded visits by day, `limit` at a "
            + "time, each page starting after the `next` of the one before, the last without `next`")
    void childListsArePaged() {
        ChildRegistered registered = child("north", PlanType.CP, LocalDate.of(2026, 12, 21));
        UUID childId = registered.childId();
        List<LocalDate> visitDays = List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12),
                LocalDate.of(2027, 1, 19));
        try (TopicProbe probe = new TopicProbe(visits())) {
            send(probe, childId, registered);
            for (LocalDate day : visitDays) {
                send(probe, childId, new VisitRecorded(UUID.randomUUID(), childId, day, true, true,
                        1, null, NoteType.STATUTORY_VISIT));
            }
        }
        // Three statutory visits: three planned visits completed and a fourth planned.
        await().atMost(WAIT).ignoreExceptions().until(() -> as("north.sw1").queryParam("limit", "100")
                .get("/children/{id}/visits", childId).then().statusCode(200).extract().jsonPath()
                .getList("items").size() == 4);

        List<String> dueDates = new ArrayList<>();
        List<String> states = new ArrayList<>();
        String next = pages(childId, "visits", 3, page -> {
            dueDates.addAll(page.getList("items.dueDate"));
            states.addAll(page.getList("items.state"));
        });
        assertThat(next).isNull();
        assertThat(dueDates).hasSize(4).isSorted().first().isEqualTo("2027-01-07");
        assertThat(states).containsExactly("COMPLETED", "COMPLETED", "COMPLETED", "PLANNED");

        List<String> days = new ArrayList<>();
        assertThat(pages(childId, "recorded-visits", 2, page -> days.addAll(page.getList("items.visitDate"))))
                .isNull();
        assertThat(days).containsExactlyElementsOf(visitDays.stream().map(LocalDate::toString).toList());
    }

    @Test
    @DisplayName("A limit outside 1..100 or a cursor the service did not issue is a 400 naming it")
    void badPaging() {
        for (String list : List.of("visits", "recorded-visits")) {
            problem(as("north.sw1").queryParam("limit", "0").get("/children/{id}/" + list, upcoming.childId())
                    .then(), 400).body("violations.field", hasItem("limit"));
            problem(as("north.sw1").queryParam("limit", "101").get("/children/{id}/" + list, upcoming.childId())
                    .then(), 400).body("violations.field", hasItem("limit"));
            problem(as("north.sw1").queryParam("after", "bm90LWEtY3Vyc29y")
                    .get("/children/{id}/" + list, upcoming.childId()).then(), 400)
                    .body("violations.field", hasItem("after"));
        }
    }

    @Test
    @DisplayName("The visit plan holds the plan type, the rule set's frequency with its source, and the next due date")
    void visitPlan() {
        as("north.sw1").get("/children/{id}/visit-plan", upcoming.childId()).then()
                .statusCode(200)
                .body("id", notNullValue())
                .body("childId", equalTo(upcoming.childId().toString()))
                .body("team", equalTo("north"))
                // The worker, known here by username, goes out as the organisation model names them.
                .body("allocatedWorker.username", equalTo("north.sw1"))
                .body("allocatedWorker.fullName", equalTo("Amelia Hughes"))
                .body("allocatedWorker.designation", equalTo("Social Worker"))
                .body("allocatedWorker.team", equalTo("north"))
                .body("planType", equalTo("CP"))
                .body("visitKind", equalTo("CP"))
                .body("frequency.rule", equalTo("cp-statutory-visit"))
                .body("frequency.sourceKind", equalTo("LOCAL_STANDARD"))
                .body("frequency.stages", equalTo(java.util.List.of("10 WORKING_DAYS")))
                .body("childFrequency", nullValue())
                .body("startDate", equalTo("2026-12-21"))
                .body("nextDueDate", equalTo("2027-01-07"));
    }

    @Test
    @DisplayName("ACCESS-RULES record.read: another team of the area is refused; the area's managers read with a "
            + "purpose; another area's head of service is refused; the team's managers read")
    void accessTable() {
        problem(as("south.sw1").get("/children/{id}/visits", upcoming.childId()).then(), 403)
                .body("type", equalTo("urn:casework:problem:access-refused"));
        problem(as("south.sw1").get("/children/{id}/recorded-visits", upcoming.childId()).then(), 403);
        problem(as("south.sw1").get("/children/{id}/visit-plan", upcoming.childId()).then(), 403);
        problem(as("head.of.service").get("/children/{id}/visits", upcoming.childId()).then(), 403)
                .body("type", equalTo("urn:casework:problem:access-purpose-required"));
        as("head.of.service").header("X-Access-Purpose", "complaint").get("/children/{id}/visits", upcoming.childId())
                .then().statusCode(200);
        as("senior.manager").header("X-Access-Purpose", "audit").get("/children/{id}/visit-plan", south.childId())
                .then().statusCode(200);
        problem(as("east.hos").header("X-Access-Purpose", "audit").get("/children/{id}/visits", south.childId())
                .then(), 403).body("type", equalTo("urn:casework:problem:access-refused"));
        as("south.pm").get("/children/{id}/visits", south.childId()).then().statusCode(200);
    }

    @Test
    @DisplayName("ACCESS-RULES adoption: the adoption team manager sees no child without a plan for adoption")
    void adoptionTeamManager() {
        problem(as("adoption.tm").get("/children/{id}/visits", upcoming.childId()).then(), 403);
        as("adoption.tm").get("/visits/due").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    @DisplayName("An unknown child is a 404 problem")
    void unknownChild() {
        UUID nobody = UUID.randomUUID();
        problem(as("north.sw1").get("/children/{id}/visits", nobody).then(), 404)
                .body("detail", containsString(nobody.toString()));
        problem(as("north.sw1").get("/children/{id}/recorded-visits", nobody).then(), 404);
        problem(as("head.of.service").get("/children/{id}/visit-plan", nobody).then(), 404);
    }

    @Test
    @DisplayName("A child id that is not a UUID is a 400 problem naming childId")
    void malformedChildId() {
        problem(as("north.sw1").get("/children/{id}/visits", "child-1").then(), 400)
                .body("violations.field", hasItem("childId"));
    }

    @Test
    @DisplayName("A worktray date that is not a date is a 400 problem naming until")
    void malformedUntil() {
        problem(as("north.sw1").queryParam("team", "north").queryParam("until", "notadate").get("/visits/due")
                .then(), 400)
                .body("violations.field", hasItem("until"));
        problem(as("north.sw1").queryParam("team", "north").queryParam("until", "2026-02-30").get("/visits/due")
                .then(), 400)
                .body("violations.field", hasItem("until"))
                .body("detail", containsString("2026-02-30"));
    }

    @Test
    @DisplayName("The worktray lists the team's planned visits due by the date, soonest first, and no other team's")
    void worktray() {
        ValidatableResponse due = as("north.pm").queryParam("team", "north").queryParam("until", "2027-12-31")
                .get("/visits/due").then().statusCode(200);
        List<String> children = due.extract().jsonPath().getList("items.childId");
        List<String> dueDates = due.extract().jsonPath().getList("items.dueDate");
        assertThat(children).contains(overdue.childId().toString(), upcoming.childId().toString())
                .doesNotContain(south.childId().toString());
        assertThat(children.indexOf(overdue.childId().toString()))
                .isLessThan(children.indexOf(upcoming.childId().toString()));
        assertThat(dueDates).isSorted();
        due.body("items.find { it.childId == '%s' }.overdue".formatted(overdue.childId()), equalTo(true))
                .body("items.find { it.childId == '%s' }.dueDate".formatted(overdue.childId()), equalTo("2025-01-20"))
                .body("items.find { it.childId == '%s' }.overdue".formatted(upcoming.childId()), equalTo(false))
                .body("items.find { it.childId == '%s' }.givenName".formatted(upcoming.childId()),
                        equalTo(upcoming.givenName()))
                .body("items.find { it.childId == '%s' }.familyName".formatted(upcoming.childId()),
                        equalTo(upcoming.familyName()))
                .body("items.find { it.childId == '%s' }.id".formatted(upcoming.childId()), notNullValue())
                .body("items.find { it.childId == '%s' }.allocatedWorker.username".formatted(upcoming.childId()),
                        equalTo("north.sw1"));

        as("north.sw1").queryParam("team", "north").queryParam("until", "2026-12-31").get("/visits/due").then()
                .statusCode(200)
                .body("items.childId", hasItem(overdue.childId().toString()))
                .body("items.childId", not(hasItem(upcoming.childId().toString())));
    }

    @Test
    @DisplayName("ACCESS-RULES \"Lists\": the worktray shows every child the caller may see; another team's shows "
            + "nothing; the area's head of service sees a child by its date alone until a purpose is given")
    void worktrayTeams() {
        as("north.sw1").queryParam("until", "2027-12-31").get("/visits/due").then()
                .statusCode(200)
                .body("items.childId", hasItem(upcoming.childId().toString()))
                .body("items.childId", not(hasItem(south.childId().toString())));
        as("north.sw1").queryParam("team", "south").get("/visits/due").then().statusCode(200)
                .body("items.size()", equalTo(0));
        String southChild = south.childId().toString();
        as("head.of.service").queryParam("team", "south").queryParam("until", "2027-12-31").get("/visits/due").then()
                .statusCode(200)
                .body("items.find { it.childId == '%s' }.detailsWithheld".formatted(southChild), equalTo(true))
                .body("items.find { it.childId == '%s' }.familyName".formatted(southChild), nullValue());
        as("head.of.service").header("X-Access-Purpose", "caseload review").queryParam("team", "south")
                .queryParam("until", "2027-12-31").get("/visits/due").then().statusCode(200)
                .body("items.find { it.childId == '%s' }.familyName".formatted(southChild), equalTo(south.familyName()));
    }

    /**
     * Reads one of the child's lists {@code limit} at a time, following {@code next}, handing each page on; returns
     * the {@code next} of the last page read (null at the end). Every page but the last is full.
     */
    private static String pages(UUID childId, String list, int limit, Consumer<JsonPath> each) {
        String after = null;
        for (int read = 0; read < 10; read++) {
            var request = as("north.sw1").queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/children/{id}/" + list, childId).then().statusCode(200).extract()
                    .jsonPath();
            each.accept(page);
            after = page.getString("next");
            if (after == null) {
                return null;
            }
            assertThat(page.getList("items")).hasSize(limit);
        }
        return after;
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().header("Authorization", KeycloakTokens.bearer(user));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(containsString(PROBLEM_JSON)).body("status", equalTo(status));
    }
}
