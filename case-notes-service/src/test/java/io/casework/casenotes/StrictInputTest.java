package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Bad input is refused with a problem that names what is wrong, and changes nothing (issue 9's findings, tried
 * through the API with real tokens).
 */
@QuarkusTest
class StrictInputTest {

    static final String VIOLATION = "urn:casework:problem:constraint-violation";

    @Test
    @DisplayName("issue 9 finding 1: a misspelt property (childVoice) is refused, naming it, and no note is saved")
    void unknownPropertyIsRefused() {
        String child = registerChild("north.sw1", "CP");
        Map<String, Object> note = new HashMap<>(statutoryVisit());
        note.put("childVoice", note.remove("childsVoice"));
        as("north.sw1").body(note).post("/children/" + child + "/case-notes").then().statusCode(400)
                .body("type", equalTo(VIOLATION)).body("violations.field", hasItem("childVoice"));
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("issue 9 finding 2: text over its documented maximum is refused naming the field; a body over the "
            + "request limit is refused before it is read")
    void longTextIsRefused() {
        String child = registerChild("north.sw1", "CP");
        Map<String, Object> note = new HashMap<>(statutoryVisit());
        note.put("narrative", "x".repeat(50_001));
        as("north.sw1").body(note).post("/children/" + child + "/case-notes").then().statusCode(400)
                .body("violations.field", hasItem("narrative"));
        Map<String, Object> words = new HashMap<>(statutoryVisit());
        words.put("childsVoice", Map.of("words", "y".repeat(10_001), "howObtained", "alone"));
        as("north.sw1").body(words).post("/children/" + child + "/case-notes").then().statusCode(400)
                .body("violations.field", hasItem("childsVoice.words"));
        // The request limit is 256 KB; the server answers as soon as it sees the length, as a problem.
        note.put("narrative", "z".repeat(300_000));
        as("north.sw1").body(note).post("/children/" + child + "/case-notes").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:body-too-large"));
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("issue 9: an empty entry in a list of the record (an address, a household member) is refused "
            + "naming its place")
    void emptyListEntriesAreRefused() {
        for (String list : List.of("addresses", "household", "significantPeople", "identifiers", "schools")) {
            Map<String, Object> body = new HashMap<>(child("CIN"));
            List<Object> entries = new java.util.ArrayList<>();
            entries.add(null);
            body.put(list, entries);
            as("north.sw1").body(body).post("/children").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith(list)));
        }
    }

    @Test
    @DisplayName("issue 9 finding 3: a visit dated 1066, before the child's birth, or tomorrow is refused")
    void datesAreBounded() {
        String child = registerChild("north.sw1", "CP");
        for (String date : List.of("1066-10-14", "2016-04-01", LocalDate.now().plusDays(1).toString())) {
            Map<String, Object> note = new HashMap<>(statutoryVisit());
            note.put("eventDate", date);
            as("north.sw1").body(note).post("/children/" + child + "/case-notes").then().statusCode(400)
                    .body("violations.field", hasItem("eventDate"));
        }
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("issue 9: a record's dates are bounded by meaning: a birth in the last 26 years, an expected birth "
            + "within a pregnancy ahead or six weeks past, a plan starting at most a year ahead")
    void registrationDatesAreBounded() {
        LocalDate today = LocalDate.now();
        Map<String, Map<String, Object>> wrong = Map.of(
                "dateOfBirth", Map.of("dateOfBirth", today.minusYears(27).toString()),
                "expectedDateOfBirth", Map.of("unborn", true, "expectedDateOfBirth", today.plusDays(300).toString()),
                "planStartDate", Map.of("planStartDate", today.plusDays(400).toString()));
        wrong.forEach((field, change) -> {
            Map<String, Object> child = new HashMap<>(child("CP"));
            child.putAll(change);
            if (change.containsKey("unborn")) {
                child.remove("dateOfBirth");
            }
            as("north.sw1").body(child).post("/children").then().statusCode(400)
                    .body("violations.field", hasItem(field));
        });
        Map<String, Object> unborn = new HashMap<>(child("CP"));
        unborn.remove("dateOfBirth");
        unborn.putAll(Map.of("unborn", true, "expectedDateOfBirth", today.minusDays(40).toString(),
                "planStartDate", today.plusDays(300).toString()));
        as("north.sw1").body(unborn).post("/children").then().statusCode(201);
    }

    @Test
    @DisplayName("issue 9 finding 4: a malformed id is 400 naming the parameter; an unknown query parameter is 400")
    void parametersAreChecked() {
        as("north.sw1").get("/children/not-a-uuid").then().statusCode(400)
                .body("violations.field", hasItem("childId"));
        as("north.sw1").get("/case-notes/12345/versions").then().statusCode(400)
                .body("violations.field", hasItem("noteId"));
        as("north.sw1").queryParam("team", "south").get("/children").then().statusCode(400)
                .body("violations.field", hasItem("team")).body("detail", containsString("team"));
    }

    @Test
    @DisplayName("issue 9 finding 6: replaying an Idempotency-Key after the caller's access ended is refused and "
            + "logged, not served from storage")
    void replayIsCheckedLikeARead() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = child("CIN");
        String child = as("north.sw1").header("Idempotency-Key", key).body(body).post("/children").then()
                .statusCode(201).extract().path("id");
        as("north.sw1").header("Idempotency-Key", key).body(body).post("/children").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(child));
        as("north.tm").header("If-Match", "\"1\"").body(Map.of("team", "south", "allocatedWorker", "south.sw1"))
                .put("/children/" + child + "/allocation").then().statusCode(200);
        as("north.sw1").header("Idempotency-Key", key).body(body).post("/children").then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-refused"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Riley")));
        List<String> actions = as("south.tm").queryParam("limit", 100).get("/children/" + child + "/access-log")
                .then().statusCode(200).extract().path("items.action");
        org.assertj.core.api.Assertions.assertThat(actions.stream().filter("registerChild"::equals)).hasSize(3);
    }

    @Test
    @DisplayName("issue 10: the framework's own problems have a type of the suite and name no Java class: Bean "
            + "Validation, an unknown path, a method the path does not have")
    void frameworkProblemsAreTyped() {
        as("north.sw1").body(Map.of("givenName", "")).post("/children").then().statusCode(400)
                .body("type", equalTo("urn:casework:problem:constraint-violation"));
        as("north.sw1").get("/no-such-place").then().statusCode(404)
                .body("type", equalTo("urn:casework:problem:not-found"));
        as("north.sw1").delete("/children").then().statusCode(405)
                .body("type", equalTo("urn:casework:problem:method-not-allowed"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
