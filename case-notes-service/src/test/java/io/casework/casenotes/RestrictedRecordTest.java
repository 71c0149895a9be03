package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * 001 "Restricted Records", DOMAIN.md rule 9, ACCESS-RULES.md "Restricted child": the head of service of the child's
 * service area restricts a record or lifts the restriction, and from then on only the restriction's list has any
 * access; through the API, with real tokens.
 */
@QuarkusTest
class RestrictedRecordTest {

    static final String REFUSED = "urn:casework:problem:access-refused";
    static final String PURPOSE = "X-Access-Purpose";

    static TopicProbe events;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("001 \"Restricted Records\": the head of service restricts a north child (OTHER); the practice "
            + "manager, a team colleague and the head of service are then refused, even with a purpose; the "
            + "allocated worker and the team manager are not; the child leaves the practice manager's list; lifting "
            + "it restores access with a purpose as before; each decision is kept and published")
    void headOfServiceRestrictsAndLifts() {
        String child = registerChild("north.sw1", "CIN");
        String etag = as("north.sw1").get("/children/" + child).then().statusCode(200).extract().header("ETag");
        as("north.pm").get("/children/" + child).then().statusCode(200);
        assertThat(listed("north.pm")).contains(child);

        as("head.of.service").header("If-Match", etag)
                .body(Map.of("restriction", "OTHER", "reason", "The child's mother works in the north team"))
                .put("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("OTHER"))
                .body("decidedBy.username", equalTo("head.of.service"))
                .body("decidedBy.designation", equalTo("Head of Service"))
                .body("reason", equalTo("The child's mother works in the north team"))
                .body("decidedAt", not(nullValue()))
                .body("givenName", nullValue()).body("allocatedWorker", nullValue()).body("version", nullValue());

        for (String off : List.of("north.pm", "north.sw2", "head.of.service")) {
            as(off).get("/children/" + child).then().statusCode(403).body("type", equalTo(REFUSED));
            as(off).header(PURPOSE, "complaint review").get("/children/" + child).then().statusCode(403)
                    .body("type", equalTo(REFUSED));
        }
        as("north.sw1").get("/children/" + child).then().statusCode(200);
        as("north.tm").get("/children/" + child).then().statusCode(200);
        assertThat(listed("north.pm")).doesNotContain(child);
        // Those on the list, and the head of service who decided, read the decision; no one else.
        as("north.sw1").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("OTHER"));
        String restricted = as("head.of.service").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("OTHER")).extract().header("ETag");
        as("north.pm").header(PURPOSE, "complaint review").get("/children/" + child + "/restriction").then()
                .statusCode(403).body("type", equalTo(REFUSED));

        EventEnvelope decided = events.awaitEvent("casework.case-notes.child-restriction-changed", child,
                Duration.ofSeconds(10));
        assertThat(decided.data().path("restriction").asText()).isEqualTo("OTHER");
        assertThat(decided.data().path("previousRestriction").asText()).isEqualTo("NONE");
        assertThat(decided.data().path("decidedBy").asText()).isEqualTo("head.of.service");
        assertThat(decided.data().has("reason")).isFalse();

        as("head.of.service").header("If-Match", etag)
                .body(Map.of("restriction", "NONE", "reason", "Stale decision"))
                .put("/children/" + child + "/restriction").then().statusCode(412);
        as("head.of.service").header("If-Match", restricted)
                .body(Map.of("restriction", "NONE", "reason", "The mother has left the authority's employment"))
                .put("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("NONE"));
        as("north.pm").get("/children/" + child).then().statusCode(200);
        as("north.sw2").get("/children/" + child).then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-purpose-required"));
        as("north.sw2").header(PURPOSE, "duty cover").get("/children/" + child).then().statusCode(200);
        assertThat(listed("north.pm")).contains(child);

        // Both decisions are in the record's history, chained like every change (the chain still verifies).
        as("north.tm").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("NONE"))
                .body("reason", equalTo("The mother has left the authority's employment"));
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("001 \"Restricted Records\": the decision is the relevant head of service's; a team manager, the "
            + "head of service of another area and the allocated worker are refused, and the attempt is logged")
    void onlyTheAreasHeadOfServiceDecides() {
        String child = registerChild("north.sw1", "CLA");
        for (String who : List.of("north.tm", "east.hos", "north.sw1", "senior.manager")) {
            as(who).header("If-Match", "\"1\"").body(Map.of("restriction", "OTHER", "reason", "Not theirs"))
                    .put("/children/" + child + "/restriction").then().statusCode(403)
                    .body("type", equalTo(REFUSED));
        }
        as("north.sw1").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("NONE")).body("decidedBy", nullValue());
        as("head.of.service").header("If-Match", "\"1\"").body(Map.of("restriction", "SECRET", "reason", "x"))
                .put("/children/" + child + "/restriction").then().statusCode(400);
        as("head.of.service").header("If-Match", "\"1\"").body(Map.of("restriction", "OTHER"))
                .put("/children/" + child + "/restriction").then().statusCode(400);
        List<String> outcomes = as("north.tm").queryParam("limit", 100).get("/children/" + child + "/access-log")
                .then().statusCode(200).extract().path("items.findAll { it.action == 'restrictChildRecord' }.outcome");
        assertThat(outcomes).hasSize(4).containsOnly("REFUSED");
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\": a duplicate check that matches a restricted record tells a "
            + "team colleague off the list only that a possible match exists and whom to ask, even with a purpose; "
            + "the allocated worker still sees it; the check is logged")
    void duplicateCheckHidesARestrictedMatch() {
        String family = CaseNotesApi.uniqueName();
        Map<String, Object> body = new java.util.HashMap<>(CaseNotesApi.child("CIN"));
        body.put("familyName", family);
        String child = as("north.sw1").body(body).post("/children").then().statusCode(201).extract().path("id");
        String etag = as("north.sw1").get("/children/" + child).then().statusCode(200).extract().header("ETag");
        as("head.of.service").header("If-Match", etag)
                .body(Map.of("restriction", "OTHER", "reason", "The child's father works in the north team"))
                .put("/children/" + child + "/restriction").then().statusCode(200);
        Map<String, String> query = Map.of("givenName", "riley", "familyName", family, "dateOfBirth", "2016-04-02");

        for (String purpose : new String[] {null, "Duty: checking before registering a sibling"}) {
            var request = as("north.sw2");
            if (purpose != null) {
                request = request.header(PURPOSE, purpose);
            }
            String answer = request.queryParams(query).get("/children/likely-duplicates").then().statusCode(200)
                    .body("matches[0].hidden", equalTo(true))
                    .body("matches[0].childId", nullValue())
                    .body("matches[0].askWhom.username", equalTo("north.tm"))
                    .extract().asString();
            assertThat(answer).doesNotContain(family).doesNotContain(child);
        }
        as("north.sw1").queryParams(query).get("/children/likely-duplicates").then().statusCode(200)
                .body("matches[0].childId", equalTo(child)).body("matches[0].familyName", equalTo(family));
        List<String> refused = as("north.tm").queryParam("limit", 100).get("/children/" + child + "/access-log")
                .then().statusCode(200).extract().path("items.findAll { it.action == 'findLikelyDuplicates' "
                        + "&& it.outcome == 'REFUSED' }.accessedBy.username");
        assertThat(refused).containsExactly("north.sw2", "north.sw2");
    }

    private static List<String> listed(String user) {
        return as(user).queryParam("limit", 100).get("/children").then().statusCode(200).extract().path("items.id");
    }
}
