package io.casework.casenotes;

import db.migration.V9__Carry_over_allocation_history;
import io.casework.casenotes.chain.ChainKeyRing;
import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The child's record (issue 11): the basic record in full, its changes kept with who, when and why, the birth of an
 * unborn child, who held the case, and one record per child; through the API, with real tokens.
 */
@QuarkusTest
class ChildsRecordTest {

    static final String NOT_YET_OBTAINED = "Information not yet obtained";
    static final EventCodec CODEC = new EventCodec();

    static TopicProbe events;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    /** A child with the whole basic record of 001 "The Basic Record" and 002 s.6. */
    static Map<String, Object> fullRecord(String familyName) {
        Map<String, Object> body = new HashMap<>(child("CP"));
        body.put("familyName", familyName);
        body.put("middleNames", "James");
        body.put("preferredName", "Ri");
        body.put("gender", "Male");
        body.put("ethnicity", "White British");
        body.put("religion", "No religion");
        body.put("language", "English");
        body.put("interpreterNeeded", false);
        body.put("immigrationStatus", "British citizen");
        body.put("nationality", "British");
        body.put("disabled", true);
        body.put("disabilityDetails", "Hearing impairment: uses hearing aids");
        body.put("identifiers", List.of(Map.of("scheme", "NHS_NUMBER", "value", "9434765919"),
                Map.of("scheme", "UNIQUE_PUPIL_NUMBER", "value", "A123456789012"),
                Map.of("scheme", "OTHER_SYSTEM", "system", "Early help module", "value", "EH-4471")));
        body.put("addresses", List.of(
                Map.of("line1", "3 Old Road", "town", "Rochdale", "postcode", "OL11 2XY", "from", "2016-04-02",
                        "to", "2021-08-31"),
                Map.of("line1", "12 Example Street", "town", "Rochdale", "postcode", "OL16 1AB",
                        "arrangement", "Family home with mother and brother", "from", "2021-09-01")));
        body.put("household", List.of(
                Map.of("givenName", "Sarah", "familyName", familyName, "relationship", "Mother",
                        "dateOfBirth", "1990-05-17", "parentalResponsibility", true, "language", "English"),
                Map.of("givenName", "Tom", "familyName", familyName, "relationship", "Brother",
                        "parentalResponsibility", false)));
        body.put("significantPeople", List.of(
                Map.of("fullName", "Margaret Example", "relationship", "Maternal grandmother",
                        "significance", "Looked after Riley every weekend", "deceased", true,
                        "dateOfDeath", "2023-01-14"),
                Map.of("fullName", "David Example", "relationship", "Father", "contact", "07700 900123",
                        "parentalResponsibility", true)));
        body.put("schools", List.of(Map.of("name", "Example Primary School", "urn", "105821",
                "onRoll", "2020-09-01")));
        return body;
    }

    static ExtractableResponse<Response> read(String user, String child) {
        return as(user).get("/children/" + child).then().statusCode(200).extract();
    }

    /** What GET answered, as the body of PUT details: the details, changed where asked, and the reason. */
    static Map<String, Object> detailsOf(JsonPath record, String reason) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("givenName", "middleNames", "familyName", "preferredName", "dateOfBirth",
                "expectedDateOfBirth", "gender", "ethnicity", "religion", "language", "interpreterNeeded",
                "immigrationStatus", "nationality", "disabled", "disabilityDetails", "identifiers", "addresses",
                "household", "significantPeople", "schools")) {
            body.put(field, record.get(field));
        }
        body.put("reason", reason);
        return body;
    }

    @Nested
    @DisplayName("001 \"The Basic Record\", 002 s.6: the record holds everything the seeds list")
    class BasicRecord {

        @Test
        @DisplayName("registration takes the whole record; reading it gives it back, lists and all")
        void wholeRecord() {
            String id = as("north.sw1").body(fullRecord(uniqueName())).post("/children").then().statusCode(201)
                    .extract().path("id");
            JsonPath record = read("north.sw1", id).jsonPath();
            assertThat(record.getString("preferredName")).isEqualTo("Ri");
            assertThat(record.getBoolean("disabled")).isTrue();
            assertThat(record.getList("identifiers.scheme")).containsExactly("NHS_NUMBER", "UNIQUE_PUPIL_NUMBER",
                    "OTHER_SYSTEM");
            assertThat(record.getList("addresses.to")).containsExactly("2021-08-31", null);
            assertThat(record.getList("household.parentalResponsibility")).containsExactly(true, false);
            assertThat(record.getList("significantPeople.deceased")).containsExactly(true, false);
            assertThat(record.getString("significantPeople[0].dateOfDeath")).isEqualTo("2023-01-14");
            assertThat(record.getString("schools[0].urn")).isEqualTo("105821");
        }

        @Test
        @DisplayName("what is wrong on its face is a 400 naming the field, and nothing is opened: an NHS number's "
                + "check digit, a move out before the move in")
        void wrongOnItsFace() {
            Map<String, Object> body = fullRecord(uniqueName());
            body.put("identifiers", List.of(Map.of("scheme", "NHS_NUMBER", "value", "9434765910")));
            body.put("addresses", List.of(Map.of("line1", "3 Old Road", "from", "2021-01-01", "to", "2020-01-01")));
            as("north.sw1").body(body).post("/children").then().statusCode(400)
                    .body("type", equalTo("urn:casework:problem:constraint-violation"))
                    .body("violations.field", hasItem("identifiers[0].value"))
                    .body("violations.field", hasItem("addresses[0].to"));
            assertThat(as("north.sw1").queryParam("name", (String) body.get("familyName")).get("/children")
                    .then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        }
    }

    @Nested
    @DisplayName("002 s.5: the record changes over time and keeps its history")
    class History {

        @Test
        @DisplayName("a correction needs If-Match and a reason; the history keeps who, when, why and each field "
                + "before and after, newest first; child-details-changed names the fields and the version")
        void correction() {
            String id = as("north.sw1").body(fullRecord(uniqueName())).post("/children").then().statusCode(201)
                    .extract().path("id");
            ExtractableResponse<Response> read = read("north.sw1", id);
            Map<String, Object> corrected = detailsOf(read.jsonPath(), "Date of birth corrected from the birth "
                    + "certificate seen on the home visit");
            corrected.put("dateOfBirth", "2016-04-12");
            String path = "/children/" + id + "/details";

            as("north.sw1").body(corrected).put(path).then().statusCode(428);
            as("north.sw1").header("If-Match", "\"7\"").body(corrected).put(path).then().statusCode(412);
            Map<String, Object> noReason = new HashMap<>(corrected);
            noReason.remove("reason");
            as("north.sw1").header("If-Match", read.header("ETag")).body(noReason).put(path).then().statusCode(400)
                    .body("violations.field", hasItem("reason"));
            as("south.sw1").header("If-Match", read.header("ETag")).body(corrected).put(path).then().statusCode(403);
            as("north.sw1").header("If-Match", read.header("ETag")).body(corrected).put(path).then().statusCode(200)
                    .header("ETag", "\"2\"").body("dateOfBirth", equalTo("2016-04-12")).body("version", equalTo(2));
            // The same again from the new version changes nothing and keeps no second entry.
            as("north.sw1").header("If-Match", "\"2\"").body(corrected).put(path).then().statusCode(200)
                    .header("ETag", "\"2\"");

            JsonPath history = as("north.sw1").get(path + "/history").then().statusCode(200).extract().jsonPath();
            assertThat(history.getList("items.kind")).containsExactly("DETAILS_CHANGED", "OPENED");
            assertThat(history.getString("items[0].reason")).startsWith("Date of birth corrected");
            assertThat(history.getInt("items[0].version")).isEqualTo(2);
            assertThat(history.getMap("items[0].changedBy")).containsEntry("username", "north.sw1")
                    .containsEntry("designation", "Social Worker").containsEntry("team", "north");
            assertThat(history.getList("items[0].changes")).containsExactly(Map.of("field", "dateOfBirth",
                    "before", "2016-04-02", "after", "2016-04-12"));
            assertThat(history.getList("items[1].changes.field")).contains("givenName", "addresses", "team",
                    "allocatedWorker");

            EventEnvelope changed = events.awaitEvent("casework.case-notes.child-details-changed", id,
                    Duration.ofSeconds(10));
            assertThat(changed.data().path("changedFields").toString()).isEqualTo("[\"dateOfBirth\"]");
            assertThat(changed.data().path("version").asLong()).isEqualTo(2);
            assertThat(changed.data().path("dateOfBirth").asText()).isEqualTo("2016-04-12");
        }

        @Test
        @DisplayName("the history is a paged list: one change a page, following next to the end")
        void paged() {
            String id = registerChild("north.sw1", "CIN");
            for (String language : List.of("English", "Polish")) {
                ExtractableResponse<Response> read = read("north.sw1", id);
                Map<String, Object> body = detailsOf(read.jsonPath(), "First language confirmed with the family");
                body.put("language", language);
                as("north.sw1").header("If-Match", read.header("ETag")).body(body).put("/children/" + id + "/details")
                        .then().statusCode(200);
            }
            JsonPath first = as("north.sw1").queryParam("limit", 1).get("/children/" + id + "/details/history")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(first.getString("items[0].changes[0].after")).isEqualTo("Polish");
            JsonPath second = as("north.sw1").queryParam("limit", 1).queryParam("after", first.getString("next"))
                    .get("/children/" + id + "/details/history").then().statusCode(200).extract().jsonPath();
            assertThat(second.getString("items[0].changes[0].after")).isEqualTo("English");
            JsonPath third = as("north.sw1").queryParam("limit", 1).queryParam("after", second.getString("next"))
                    .get("/children/" + id + "/details/history").then().statusCode(200).extract().jsonPath();
            assertThat(third.getString("items[0].kind")).isEqualTo("OPENED");
            assertThat(third.getString("next")).isNull();
            as("south.sw1").get("/children/" + id + "/details/history").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("002 s.6: unborn babies, and once a baby is born")
    class Unborn {

        String registerUnborn(String familyName) {
            return as("north.sw1").body(Map.of("givenName", "Baby", "familyName", familyName, "unborn", true,
                            "expectedDateOfBirth", LocalDate.now().plusDays(10).toString(), "planType", "CP",
                            "planStartDate", LocalDate.now().minusWeeks(3).toString()))
                    .post("/children").then().statusCode(201).extract().path("id");
        }

        @Test
        @DisplayName("an unborn child's ethnicity is not recorded before the birth: a correction saying one is "
                + "refused")
        void noEthnicityBeforeBirth() {
            String id = registerUnborn(uniqueName());
            ExtractableResponse<Response> read = read("north.sw1", id);
            Map<String, Object> body = detailsOf(read.jsonPath(), "Mother told us");
            body.put("ethnicity", "White British");
            as("north.sw1").header("If-Match", read.header("ETag")).body(body).put("/children/" + id + "/details")
                    .then().statusCode(400).body("violations.field", hasItem("ethnicity"));
        }

        @Test
        @DisplayName("recording the birth makes the record a born child's, losing nothing: the expected date of "
                + "birth stays in the history; child-born is published; a second birth is 409")
        void birth() {
            String family = uniqueName();
            String id = registerUnborn(family);
            String path = "/children/" + id + "/birth";
            Map<String, Object> birth = new HashMap<>(Map.of("dateOfBirth", LocalDate.now().minusDays(1).toString(),
                    "gender", "Female", "ethnicity", "White British", "religion", "Not stated",
                    "givenName", "Rosie"));
            as("north.sw1").body(birth).post(path).then().statusCode(428);
            Map<String, Object> future = new HashMap<>(birth);
            future.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
            as("north.sw1").header("If-Match", "\"1\"").body(future).post(path).then().statusCode(400)
                    .body("violations.field", hasItem("dateOfBirth"));
            Map<String, Object> tooEarly = new HashMap<>(birth);
            tooEarly.put("dateOfBirth", LocalDate.now().minusDays(60).toString());
            as("north.sw1").header("If-Match", "\"1\"").body(tooEarly).post(path).then().statusCode(400)
                    .body("violations.field", hasItem("dateOfBirth"));
            as("north.sw2").header("If-Match", "\"1\"").body(birth).post(path).then().statusCode(403);

            as("north.sw1").header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(birth).post(path).then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("unborn", equalTo(false))
                    .body("givenName", equalTo("Rosie"))
                    .body("familyName", equalTo(family))
                    .body("dateOfBirth", equalTo(birth.get("dateOfBirth")))
                    .body("expectedDateOfBirth", nullValue())
                    .body("ethnicity", equalTo("White British"))
                    .body("religion", equalTo("Not stated"));

            List<Map<String, Object>> changes = as("north.sw1").get("/children/" + id + "/details/history").then()
                    .statusCode(200).body("items[0].kind", equalTo("BORN")).extract().path("items[0].changes");
            assertThat(changes).contains(Map.of("field", "gender", "before", NOT_YET_OBTAINED, "after", "Female"))
                    .anySatisfy(change -> {
                        assertThat(change.get("field")).isEqualTo("expectedDateOfBirth");
                        assertThat(change.get("before")).isEqualTo(LocalDate.now().plusDays(10).toString());
                        assertThat(change.get("after")).isNull();
                    });
            EventEnvelope born = events.awaitEvent("casework.case-notes.child-born", id, Duration.ofSeconds(10));
            assertThat(born.data().path("expectedDateOfBirth").asText())
                    .isEqualTo(LocalDate.now().plusDays(10).toString());
            assertThat(born.data().path("givenName").asText()).isEqualTo("Rosie");

            as("north.sw1").header("If-Match", "\"2\"").body(birth).post(path).then().statusCode(409)
                    .body("type", equalTo("urn:casework:problem:already-born"));
        }
    }

    @Nested
    @DisplayName("ACCESS-RULES record.manage: allocation, re-allocation, transfer and IRO, each kept and announced")
    class Allocations {

        @Test
        @DisplayName("the allocation history lists every allocation, transfer and IRO change with who, when and why; "
                + "the transfer is checked against the organisation model and announced with the new team")
        void history() {
            String id = registerChild("north.sw1", "CLA");
            String base = "/children/" + id;
            as("north.tm").header("If-Match", "\"1\"")
                    .body(Map.of("allocatedWorker", "north.sw2", "reason", "North.sw1 is on long-term leave"))
                    .put(base + "/allocation").then().statusCode(200);
            as("north.pm").header("If-Match", "\"2\"").body(Map.of("iro", "iro.one"))
                    .put(base + "/iro").then().statusCode(200);

            Map<String, Object> transfer = Map.of("team", "south", "allocatedWorker", "south.sw1",
                    "reason", "The family moved to the south of the borough");
            as("north.sw2").header("If-Match", "\"3\"").body(transfer).put(base + "/team").then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
            as("north.tm").header("If-Match", "\"3\"").body(Map.of("team", "nowhere", "allocatedWorker",
                    "south.sw1", "reason", "x")).put(base + "/team").then().statusCode(400)
                    .body("violations.field", hasItem("team"));
            as("north.tm").header("If-Match", "\"3\"").body(Map.of("team", "north", "allocatedWorker",
                    "north.sw1", "reason", "x")).put(base + "/team").then().statusCode(400)
                    .body("violations.field", hasItem("team"));
            as("north.tm").header("If-Match", "\"3\"").body(Map.of("team", "south", "allocatedWorker",
                    "north.sw1", "reason", "x")).put(base + "/team").then().statusCode(400)
                    .body("violations.field", hasItem("allocatedWorker"));
            as("north.tm").body(transfer).put(base + "/team").then().statusCode(428);
            as("north.tm").header("If-Match", "\"3\"").body(transfer).put(base + "/team").then().statusCode(200)
                    .header("ETag", "\"4\"").body("team", equalTo("south"))
                    .body("allocatedWorker.username", equalTo("south.sw1"));
            as("north.tm").get(base).then().statusCode(403);

            JsonPath allocations = as("south.sw1").get(base + "/allocations").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(allocations.getList("items.kind")).containsExactly("TRANSFERRED", "IRO_ASSIGNED",
                    "ALLOCATED", "OPENED");
            assertThat(allocations.getString("items[0].reason")).isEqualTo("The family moved to the south of the "
                    + "borough");
            assertThat(allocations.getMap("items[0].changedBy")).containsEntry("username", "north.tm");
            assertThat(allocations.getList("items[0].changes.field")).containsExactly("team", "allocatedWorker");
            assertThat(allocations.getString("items[2].reason")).isEqualTo("North.sw1 is on long-term leave");
            assertThat(allocations.getList("items[3].changes.field")).contains("team", "allocatedWorker");

            EventEnvelope moved = CODEC.read(events.await(r -> id.equals(r.key())
                    && r.value().contains("child-allocated") && r.value().contains("\"transfer\":true"),
                    Duration.ofSeconds(10)).value());
            assertThat(moved.data().path("team").asText()).isEqualTo("south");
            assertThat(moved.data().path("previousTeam").asText()).isEqualTo("north");
            assertThat(moved.data().path("reason").asText()).isEqualTo("The family moved to the south of the "
                    + "borough");
        }

        @Test
        @DisplayName("002 s.5, nothing lost on upgrade: allocations kept before the record had a history are carried "
                + "into it, on the chain, which still verifies")
        void carriedOver() throws Exception {
            String id = registerChild("north.sw1", "CIN");
            Instant then = Instant.now().minusSeconds(86_400);
            try (Connection db = DatabaseOwner.connect()) {
                try (PreparedStatement insert = db.prepareStatement("insert into child_allocation (child_id, team, "
                        + "allocated_worker, allocated_by, allocated_at) values (?, ?, ?, ?, ?)")) {
                    Object[][] rows = {{"north", "north.sw1", "north.sw1", then},
                        {"north", "north.sw2", "north.tm", then.plusSeconds(60)},
                        {"south", "south.sw1", "north.tm", then.plusSeconds(120)}};
                    for (Object[] row : rows) {
                        insert.setObject(1, UUID.fromString(id));
                        insert.setString(2, (String) row[0]);
                        insert.setString(3, (String) row[1]);
                        insert.setString(4, (String) row[2]);
                        insert.setTimestamp(5, Timestamp.from((Instant) row[3]));
                        insert.executeUpdate();
                    }
                }
                V9__Carry_over_allocation_history.carryOver(db, ChainKeyRing.load(
                        Path.of("src/test/resources/record-chain-keys"), "test-1"), List.of(UUID.fromString(id)));
            }
            JsonPath allocations = as("north.pm").queryParam("limit", 100).get("/children/" + id + "/allocations")
                    .then().statusCode(200).extract().jsonPath();
            // The registration's own opening is the newest; the carried-over ones are older.
            assertThat(allocations.getList("items.kind")).containsExactly("OPENED", "TRANSFERRED", "ALLOCATED",
                    "OPENED");
            assertThat(allocations.getString("items[1].changedBy.username")).isEqualTo("north.tm");
            assertThat(allocations.getString("items[1].changedBy.fullName")).as("kept by username alone").isNull();
            assertThat(allocations.getString("items[1].version")).isNull();
            JsonPath verification = as("north.pm").get("/children/" + id + "/record-chain").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(verification.getBoolean("intact")).as(verification.prettify()).isTrue();
        }
    }

    @Nested
    @DisplayName("DOMAIN.md rule 1 and ACCESS-RULES.md duplicate check: one record per child")
    class OneRecordPerChild {

        @Test
        @DisplayName("registering a child again, however the name is typed, is 409 likely-duplicate listing the "
                + "match; once the worker has reviewed it, the record opens and its history says so")
        void registration() {
            String family = uniqueName();
            String first = as("north.sw1").body(fullRecord(family)).post("/children").then().statusCode(201)
                    .extract().path("id");
            Map<String, Object> again = new HashMap<>(child("CP"));
            again.put("givenName", "RILEY");
            again.put("familyName", family.substring(0, 4) + "-" + family.substring(4).toUpperCase());
            List<Map<String, Object>> matches = as("north.sw1").body(again).post("/children").then().statusCode(409)
                    .body("type", equalTo("urn:casework:problem:likely-duplicate"))
                    .extract().path("matches");
            assertThat(matches).singleElement().satisfies(match -> {
                assertThat(match).containsEntry("childId", first).containsEntry("hidden", false)
                        .containsEntry("familyName", family);
                assertThat((String) match.get("why")).startsWith("Same date of birth; family name the same");
            });

            again.put("duplicatesReviewed", true);
            String second = as("north.sw1").body(again).post("/children").then().statusCode(201).extract().path("id");
            assertThat(as("north.sw1").get("/children/" + second + "/details/history").then().statusCode(200)
                    .extract().jsonPath().getString("items[0].reason")).contains("reviewed the likely duplicates");
        }

        @Test
        @DisplayName("a match the caller may not see is only said to exist, with whom to ask; the check is logged "
                + "on that child's access log; a team colleague sees the match by id alone without a purpose")
        void hiddenMatches() {
            String family = uniqueName();
            String id = as("north.sw1").body(fullRecord(family)).post("/children").then().statusCode(201)
                    .extract().path("id");
            var query = Map.of("givenName", "riley", "familyName", family, "dateOfBirth", "2016-04-02");

            String south = as("south.sw1").queryParams(query).get("/children/likely-duplicates").then()
                    .statusCode(200).body("matches[0].hidden", equalTo(true))
                    .body("matches[0].childId", nullValue())
                    .body("matches[0].askWhom.username", equalTo("north.tm"))
                    .extract().asString();
            assertThat(south).doesNotContain(family).doesNotContain(id);

            as("north.sw2").queryParams(query).get("/children/likely-duplicates").then().statusCode(200)
                    .body("matches[0].childId", equalTo(id)).body("matches[0].detailsWithheld", equalTo(true))
                    .body("matches[0].familyName", nullValue());
            as("north.sw2").header("X-Access-Purpose", "Duty: checking before registering a sibling")
                    .queryParams(query).get("/children/likely-duplicates").then().statusCode(200)
                    .body("matches[0].familyName", equalTo(family));
            as("north.sw1").queryParams(Map.of("givenName", "riley", "familyName", family, "dateOfBirth",
                    "2016-04-03")).get("/children/likely-duplicates").then().statusCode(200)
                    .body("matches.size()", equalTo(0));

            List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100)
                    .get("/children/" + id + "/access-log").then().statusCode(200).extract().path("items");
            assertThat(log).anySatisfy(entry -> {
                assertThat(entry.get("action")).isEqualTo("findLikelyDuplicates");
                assertThat(entry.get("accessedBy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsEntry("username", "south.sw1");
                assertThat(entry.get("outcome")).isEqualTo("REFUSED");
                assertThat((String) entry.get("basis")).startsWith("duplicate check");
            });
        }

        @Test
        @DisplayName("the check needs a date of birth or an expected one, not both")
        void oneDate() {
            as("north.sw1").queryParams(Map.of("givenName", "a", "familyName", "b")).get("/children/likely-duplicates")
                    .then().statusCode(400).body("violations.field", hasItem("dateOfBirth"));
        }
    }

    @Test
    @DisplayName("ACCESS-RULES \"Lists\": the person search finds a child by any name, however typed, and by date of "
            + "birth, and still shows only what the searcher may see")
    void personSearch() {
        String family = uniqueName();
        String id = as("north.sw1").body(fullRecord(family)).post("/children").then().statusCode(201).extract()
                .path("id");
        String typed = family.substring(0, 5).toUpperCase();
        as("north.sw1").queryParam("name", "ri " + typed).get("/children").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        as("north.sw1").queryParam("name", "James").queryParam("dateOfBirth", "2016-04-02")
                .queryParam("limit", 100).get("/children").then().statusCode(200).body("items.id", hasItem(id));
        as("north.sw1").queryParam("name", typed).queryParam("dateOfBirth", "2016-04-03").get("/children").then()
                .statusCode(200).body("items.size()", equalTo(0));
        as("north.sw2").queryParam("name", typed).get("/children").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].detailsWithheld", equalTo(true))
                .body("items[0].familyName", nullValue());
        as("south.pm").queryParam("name", typed).get("/children").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
