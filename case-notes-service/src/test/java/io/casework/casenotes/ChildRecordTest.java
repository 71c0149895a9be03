package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ChildRecordTest {

    static TopicProbe events;
    static String topic;

    @BeforeAll
    static void subscribe() {
        topic = ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class);
        events = new TopicProbe(topic);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("A social worker opens a child's record; child-registered is published, keyed by child id")
    void registersAndPublishes() {
        String id = as("north.sw1").body(child("CP")).post("/children")
                .then().statusCode(201)
                .header("Location", containsString("/children/"))
                .body("team", equalTo("north"))
                .body("allocatedWorker.username", equalTo("north.sw1"))
                .body("allocatedWorker.designation", equalTo("Social Worker"))
                .body("registeredBy.username", equalTo("north.sw1"))
                .body("iro", nullValue())
                .body("authority", equalTo(ConfigProvider.getConfig().getValue("casework.timescales.authority",
                        String.class)))
                .extract().path("id");

        EventEnvelope event = events.awaitEvent("casework.case-notes.child-registered", id, Duration.ofSeconds(10));
        assertThat(event.source()).isEqualTo("/case-notes-service");
        assertThat(event.data().path("planType").asText()).isEqualTo("CP");
        assertThat(event.data().path("team").asText()).isEqualTo("north");
    }

    @Test
    @DisplayName("A retried POST with the same Idempotency-Key creates nothing twice; a different body is refused")
    void idempotencyKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(child("CIN"));
        String uniqueName = "Retry " + key;
        body.put("givenName", uniqueName);
        String first = as("north.sw1").header("Idempotency-Key", key).body(body).post("/children")
                .then().statusCode(201).extract().path("id");
        String second = as("north.sw1").header("Idempotency-Key", key).body(body).post("/children")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);

        Map<String, Object> other = new HashMap<>(body);
        other.put("givenName", "Someone Else");
        as("north.sw1").header("Idempotency-Key", key).body(other).post("/children")
                .then().statusCode(422).contentType("application/problem+json");

        events.awaitEvent("casework.case-notes.child-registered", first, Duration.ofSeconds(10));
        // Counted by the name only these requests used: a second registration would have a new child id.
        long registrations = events.seen().stream()
                .filter(r -> r.value().contains("child-registered") && r.value().contains(uniqueName)).count();
        assertThat(registrations).isEqualTo(1);
        List<String> names = as("north.sw1").queryParam("limit", 100).get("/children").then().extract()
                .path("items.givenName");
        assertThat(names.stream().filter(uniqueName::equals)).hasSize(1);
    }

    @Test
    @DisplayName("Bad input is a 400 problem naming the field, and nothing is created")
    void validationProblem() {
        Map<String, Object> body = new HashMap<>(child("CP"));
        body.remove("planType");
        body.put("givenName", "");
        as("north.sw1").body(body).post("/children")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("planType")))
                .body("violations.field", hasItem(containsString("givenName")));
    }

    @Test
    @DisplayName("002 s.6: an unborn child's ethnicity, religion and gender are 'information not yet obtained'")
    void unbornChild() {
        Map<String, Object> body = Map.of("givenName", "Baby", "familyName", CaseNotesApi.uniqueName(), "unborn", true,
                "expectedDateOfBirth", LocalDate.now().plusMonths(3).toString(), "ethnicity", "Guessed",
                "planType", "CP", "planStartDate", LocalDate.now().minusWeeks(3).toString());
        as("north.sw1").body(body).post("/children").then().statusCode(201)
                .body("ethnicity", equalTo("Information not yet obtained"))
                .body("religion", equalTo("Information not yet obtained"))
                .body("gender", equalTo("Information not yet obtained"));
        Map<String, Object> bornWithoutDate = new HashMap<>(body);
        bornWithoutDate.put("unborn", false);
        as("north.sw1").body(bornWithoutDate).post("/children").then().statusCode(400)
                .body("violations.field", hasItem("dateOfBirth"));
    }

    @Test
    @DisplayName("002 s.5: access is by caseload and management line, with a purpose otherwise, and every access is logged")
    void accessIsCheckedAndLogged() {
        String id = registerChild("north.sw1", "CP");
        given().get("/children/" + id).then().statusCode(401);
        as("south.sw1").get("/children/" + id).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:casework:problem:access-refused"));
        as("north.sw2").get("/children/" + id).then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-purpose-required"));
        as("north.sw2").header("X-Access-Purpose", "Duty cover: call from school").get("/children/" + id)
                .then().statusCode(200);
        as("north.pm").get("/children/" + id).then().statusCode(200);

        List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100).get("/children/" + id + "/access-log")
                .then().statusCode(200).extract().path("items");
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("accessedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("username", "south.sw1").containsEntry("designation", "Social Worker");
            assertThat(e.get("outcome")).isEqualTo("REFUSED");
            assertThat(e.get("accessedAt")).isNotNull();
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("accessedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("username", "north.sw2");
            assertThat(e.get("outcome")).isEqualTo("ALLOWED_WITH_PURPOSE");
            assertThat(e.get("purpose")).isEqualTo("Duty cover: call from school");
        });
        assertThat(log).anySatisfy(e -> assertThat(e.get("outcome")).isEqualTo("PURPOSE_REQUIRED"));
        as("north.sw1").get("/children/" + id + "/access-log").then().statusCode(403);
    }

    @Test
    @DisplayName("002 s.5: an access that was allowed is logged even when the request is then refused for its input "
            + "and writes nothing")
    void allowedAttemptIsLoggedWhenTheWriteFails() {
        String id = registerChild("north.sw1", "CIN");
        // A case note carrying a visit section: refused by a rule of the note's type, after access was allowed.
        Map<String, Object> stray = new HashMap<>(CaseNotesApi.statutoryVisit());
        stray.put("noteType", "CASE_NOTE");
        as("north.sw1").body(stray).post("/children/" + id + "/case-notes").then().statusCode(400)
                .body("violations.field", hasItem("visit"));
        as("north.sw1").get("/children/" + id + "/case-notes").then().statusCode(200).body("items", hasSize(0));

        List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100).get("/children/" + id + "/access-log")
                .then().statusCode(200).extract().path("items");
        assertThat(log).filteredOn(e -> "createCaseNote".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e.get("outcome")).isEqualTo("ALLOWED"));
        as("north.pm").get("/children/" + id + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("ACCESS-RULES \"Lists\": a worker sees their caseload; a team colleague sees the child by id alone; another team nothing")
    void caseload() {
        String mine = registerChild("north.sw1", "CIN");
        List<String> sw1 = as("north.sw1").queryParam("limit", 100).get("/children").then().statusCode(200)
                .extract().path("items.id");
        List<String> south = as("south.pm").queryParam("limit", 100).get("/children").then().statusCode(200)
                .extract().path("items.id");
        assertThat(sw1).contains(mine);
        assertThat(south).doesNotContain(mine);
        // A team colleague may open the record only with a purpose: listed by id alone until then.
        as("north.sw2").queryParam("limit", 100).get("/children").then().statusCode(200)
                .body("items.find { it.id == '" + mine + "' }.detailsWithheld", equalTo(true))
                .body("items.find { it.id == '" + mine + "' }.familyName", nullValue());
    }

    @Test
    @DisplayName("Unknown child is a 404 problem")
    void unknownChild() {
        as("north.pm").get("/children/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
