package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Allocation, transfer and IRO assignment are checked against the organisation model, and what each person may do
 * follows from them (ACCESS-RULES.md; issue 8's findings 1 and 4).
 */
@QuarkusTest
class AllocationAndScopeTest {

    static final String REFUSED = "urn:casework:problem:access-refused";
    static final String PURPOSE = "urn:casework:problem:access-purpose-required";

    @Test
    @DisplayName("issue 8 finding 1: a north worker cannot allocate a new child to a south worker, nor to a manager "
            + "(a case is held by a social worker or senior practitioner of the child's team)")
    void allocationNamesACaseHolderOfTheTeam() {
        for (String worker : List.of("south.sw1", "north.pm", "nobody.here")) {
            Map<String, Object> body = new HashMap<>(child("CP"));
            body.put("allocatedWorker", worker);
            as("north.sw1").body(body).post("/children").then().statusCode(400)
                    .body("type", equalTo("urn:casework:problem:constraint-violation"))
                    .body("violations.field", hasItem("allocatedWorker"));
        }
        Map<String, Object> other = new HashMap<>(child("CP"));
        other.put("team", "south");
        as("north.sw1").body(other).post("/children").then().statusCode(403).body("type", equalTo(REFUSED));
    }

    @Test
    @DisplayName("ACCESS-RULES record.manage: the team's managers re-allocate and transfer; the allocated worker may "
            + "not; after a transfer the old team sees nothing and the new worker holds the case")
    void reallocationAndTransfer() {
        String child = registerChild("north.sw1", "CIN");
        as("north.sw1").body(Map.of("allocatedWorker", "north.sw2")).put("/children/" + child + "/allocation")
                .then().statusCode(403).body("type", equalTo(REFUSED));
        as("north.tm").header("If-Match", "\"1\"").body(Map.of("allocatedWorker", "north.sw2"))
                .put("/children/" + child + "/allocation").then().statusCode(200)
                .body("allocatedWorker.username", equalTo("north.sw2")).header("ETag", "\"2\"");
        // north.sw1 is now a team colleague: a purpose is needed.
        as("north.sw1").get("/children/" + child).then().statusCode(403).body("type", equalTo(PURPOSE));
        as("north.sw2").get("/children/" + child).then().statusCode(200);

        as("north.tm").body(Map.of("team", "south", "allocatedWorker", "north.sw1"))
                .put("/children/" + child + "/allocation").then().statusCode(400)
                .body("violations.field", hasItem("allocatedWorker"));
        // Made from an allocation that is no longer current: refused, nothing moves.
        as("north.tm").header("If-Match", "\"1\"").body(Map.of("team", "south", "allocatedWorker", "south.sw1"))
                .put("/children/" + child + "/allocation").then().statusCode(412);
        as("north.tm").body(Map.of("team", "south", "allocatedWorker", "south.sw1"))
                .put("/children/" + child + "/allocation").then().statusCode(428);
        as("north.tm").header("If-Match", "\"2\"").body(Map.of("team", "south", "allocatedWorker", "south.sw1"))
                .put("/children/" + child + "/allocation").then().statusCode(200)
                .body("team", equalTo("south")).body("allocatedWorker.username", equalTo("south.sw1"));
        as("south.sw1").get("/children/" + child).then().statusCode(200);
        as("north.sw2").header("X-Access-Purpose", "duty cover").get("/children/" + child).then().statusCode(403)
                .body("type", equalTo(REFUSED));
        as("north.tm").get("/children/" + child).then().statusCode(403).body("type", equalTo(REFUSED));
    }

    @Test
    @DisplayName("ACCESS-RULES iro-assigned / iro-other: the assigned IRO reads and writes the record, any other IRO "
            + "is refused; only an IRO can be assigned")
    void iroAssignment() {
        String child = registerChild("north.sw1", "CLA");
        as("iro.one").get("/children/" + child).then().statusCode(403).body("type", equalTo(REFUSED));
        as("north.pm").body(Map.of("iro", "north.sw2")).put("/children/" + child + "/iro").then().statusCode(400)
                .body("violations.field", hasItem("iro"));
        String etag = as("north.pm").get("/children/" + child).then().statusCode(200).extract().header("ETag");
        as("north.pm").header("If-Match", etag).body(Map.of("iro", "iro.one")).put("/children/" + child + "/iro")
                .then().statusCode(200)
                .body("iro.username", equalTo("iro.one"))
                .body("iro.designation", equalTo("Independent Reviewing Officer"));
        as("iro.one").get("/children/" + child).then().statusCode(200);
        as("iro.one").body(CaseNotesApi.statutoryVisit()).post("/children/" + child + "/case-notes").then()
                .statusCode(201);
        as("iro.two").header("X-Access-Purpose", "curious").get("/children/" + child).then().statusCode(403)
                .body("type", equalTo(REFUSED));
    }

    @Test
    @DisplayName("issue 8 finding 4: a head of service reads their own area's child only with a purpose, and another "
            + "area's not at all; an IRO sees no looked-after child they do not review")
    void seniorScopeIsTheServiceArea() {
        String child = registerChild("north.sw1", "CLA");
        as("head.of.service").get("/children/" + child).then().statusCode(403).body("type", equalTo(PURPOSE));
        as("head.of.service").header("X-Access-Purpose", "complaint review").get("/children/" + child).then()
                .statusCode(200);
        as("east.hos").header("X-Access-Purpose", "complaint review").get("/children/" + child).then()
                .statusCode(403).body("type", equalTo(REFUSED)).body("detail", not(equalTo(null)));
        String refusal = as("east.hos").get("/children/" + child).then().statusCode(403).extract().asString();
        assertThat(refusal).doesNotContain("Riley").doesNotContain("north.sw1");
        as("iro.two").queryParam("limit", 100).get("/children").then().statusCode(200)
                .body("items.id", not(hasItem(child)));
        // The managers of the area audit the record; the access log holds each refusal above.
        List<String> outcomes = as("head.of.service").queryParam("limit", 100)
                .get("/children/" + child + "/access-log").then().statusCode(200).extract().path("items.outcome");
        assertThat(outcomes).contains("REFUSED", "PURPOSE_REQUIRED", "ALLOWED_WITH_PURPOSE");
    }
}
