package io.casework.approvals.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The organisation model is data: readable by staff, changed by a head of service, and routing follows it. */
@QuarkusTest
class OrganisationResourceTest {

    @Test
    @DisplayName("staff read the teams with their management lines, from the seeded organisation model")
    void staffReadTheTeams() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1")).get("/organisation/teams")
                .then().statusCode(200)
                .body("items.find { it.id == 'north' }.practiceManager.username", equalTo("north.pm"))
                .body("items.find { it.id == 'north' }.teamManager.username", equalTo("north.tm"))
                .body("items.find { it.id == 'north' }.seniorManager.username", equalTo("senior.manager"))
                .body("items.find { it.id == 'north' }.headOfService.username", equalTo("head.of.service"))
                .body("items.find { it.id == 'south' }.practiceManager.username", equalTo("south.pm"))
                // A person on the wire is the whole Person: name, designation and team from the model.
                .body("items.find { it.id == 'north' }.practiceManager.fullName", equalTo("Daniel Walsh"))
                .body("items.find { it.id == 'north' }.practiceManager.designation", equalTo("Practice Manager"))
                .body("items.find { it.id == 'north' }.practiceManager.team", equalTo("north"))
                .body("items.find { it.id == 'north' }.headOfService.team", nullValue());
        given().get("/organisation/teams").then().statusCode(401);
    }

    @Test
    @DisplayName("004 statutory visits: the catalogue names the practice manager for statutory visit oversight, "
            + "with the seed's words")
    void catalogueNamesItsSources() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1")).get("/organisation/decision-kinds")
                .then().statusCode(200)
                .body("find { it.id == 'STATUTORY_VISIT_OVERSIGHT' }.decidedBy", equalTo("PRACTICE_MANAGER"))
                .body("find { it.id == 'STATUTORY_VISIT_OVERSIGHT' }.source.document", equalTo("004"))
                .body("find { it.id == 'STATUTORY_VISIT_OVERSIGHT' }.source.quote",
                        equalTo("Notify your PM so that managerial oversight and comments can be added"))
                .body("find { it.id == 'CASE_NOTE_OVERSIGHT' }.decidedBy", equalTo("PRACTICE_MANAGER"))
                .body("find { it.id == 'ROLL_BACK' }.decidedBy", equalTo("HEAD_OF_SERVICE"))
                .body("id", hasItem("RISK_ALERT"));
    }

    @Test
    @DisplayName("ACCESS-RULES org.change: a team manager may not change the model; the head of another area may not "
            + "change this area's teams")
    void onlyTheAreasHeadOfServiceChangesItsTeams() {
        as("north.tm").body(line("north", "north.pm", "north.tm")).put("/organisation/teams/north")
                .then().statusCode(403).body("type", equalTo("urn:casework:problem:organisation-change-refused"));
        as("east.hos").body(line("north", "north.pm", "north.tm")).put("/organisation/teams/north")
                .then().statusCode(403).body("type", equalTo("urn:casework:problem:organisation-change-refused"));
    }

    @Test
    @DisplayName("issue 8: appointing an approver requires the post: a social worker, or another team's practice "
            + "manager, cannot be made north's practice manager")
    void approverMustHoldThePost() {
        as("head.of.service").body(line("north", "north.sw1", "north.tm")).header("If-Match", etag("/organisation/teams/north"))
                .put("/organisation/teams/north")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("practiceManager"));
        as("head.of.service").body(line("north", "south.pm", "north.tm")).header("If-Match", etag("/organisation/teams/north"))
                .put("/organisation/teams/north")
                .then().statusCode(400).body("violations.field", hasItem("practiceManager"));
        as("head.of.service").body(line("north", "Not A Username", "north.tm")).header("If-Match", etag("/organisation/teams/north"))
                .put("/organisation/teams/north")
                .then().statusCode(400).body("violations.field", hasItem("practiceManager"));
    }

    @Test
    @DisplayName("a new team set up by the head of service, staffed, and given its practice manager routes its notes "
            + "to them: data, not code; every step is in the history")
    void newTeamRoutesByData() {
        as("head.of.service").body(line("west", null, null)).put("/organisation/teams/west")
                .then().statusCode(200).body("id", equalTo("west"))
                .body("updatedBy.username", equalTo("head.of.service"));
        as("head.of.service").body(member("Wendy West", "PRACTICE_MANAGER", "west", null))
                .put("/organisation/staff/west.pm").then().statusCode(200).body("version", equalTo(1));
        as("head.of.service").body(line("west", "west.pm", null)).header("If-Match", etag("/organisation/teams/west"))
                .put("/organisation/teams/west")
                .then().statusCode(200).header("ETag", "\"2\"").body("practiceManager.username", equalTo("west.pm"))
                .body("practiceManager.fullName", equalTo("Wendy West"));

        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.STATUTORY_VISIT, "west.sw1", "Will West", "west"));
        // west.pm has no login in the demo realm: read where the request went from the database.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            try (Connection db = DatabaseOwner.connect(); PreparedStatement query = db.prepareStatement(
                    "select team, assignee from approval_request where subject_id = ?")) {
                query.setString(1, note.noteId().toString());
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("team")).isEqualTo("west");
                    assertThat(row.getString("assignee")).isEqualTo("west.pm");
                }
            }
        });

        as("north.sw1").get("/organisation/changes/TEAM/west").then().statusCode(200)
                .body("items.change", contains("CREATED", "CHANGED"))
                .body("items[1].after.practiceManager", equalTo("west.pm"))
                .body("items.changedBy.username", everyItem(equalTo("head.of.service")));
        // One version a page: the second page holds the second version, and is the last.
        String next = as("north.sw1").queryParam("limit", 1).get("/organisation/changes/TEAM/west").then()
                .statusCode(200).body("items.change", contains("CREATED")).extract().path("next");
        as("north.sw1").queryParam("limit", 1).queryParam("after", next).get("/organisation/changes/TEAM/west").then()
                .statusCode(200).body("items.change", contains("CHANGED")).body("next", nullValue());
    }

    @Test
    @DisplayName("004 \"Updating Team Structures\": a person is marked as left only when they hold no tasks and "
            + "supervise no one, and the refusal lists what remains")
    void leavingNeedsAHandOver() {
        as("head.of.service").body(member("Paula Lane", "SENIOR_PRACTITIONER", "south", null))
                .put("/organisation/staff/south.sp").then().statusCode(200);
        as("head.of.service").body(member("Sean Lane", "SOCIAL_WORKER", "south", "south.sp"))
                .put("/organisation/staff/south.sw9").then().statusCode(200);

        as("head.of.service").post("/organisation/staff/south.sp/leaving").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:member-has-responsibilities"))
                .body("remaining", hasItem(startsWith("supervises south.sw9")));

        as("head.of.service").body(member("Sean Lane", "SOCIAL_WORKER", "south", "south.pm"))
                .header("If-Match", etag("/organisation/staff/south.sw9"))
                .put("/organisation/staff/south.sw9").then().statusCode(200).body("version", equalTo(2));
        // Sent with an Idempotency-Key, and retried as a client would after a lost answer: the retry answers what
        // the first did; without the key a second leaving finds no current member.
        String key = java.util.UUID.randomUUID().toString();
        as("head.of.service").header("Idempotency-Key", key).post("/organisation/staff/south.sp/leaving").then()
                .statusCode(200).body("leftAt", notNullValue());
        as("head.of.service").header("Idempotency-Key", key).post("/organisation/staff/south.sp/leaving").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("leftAt", notNullValue());
        as("head.of.service").post("/organisation/staff/south.sp/leaving").then().statusCode(404);
        as("north.sw1").get("/organisation/staff/south.sp").then().statusCode(200).body("leftAt", notNullValue());
        as("head.of.service").body(line("south", "south.sp", "south.tm"))
                .header("If-Match", etag("/organisation/teams/south")).put("/organisation/teams/south")
                .then().statusCode(400).body("violations.field", hasItem("practiceManager"));
    }

    @Test
    @DisplayName("issue 10: the organisation model changes only from the version read: 428 without If-Match, 412 "
            + "when stale, and If-Match for a team that does not exist is 412; creating needs none")
    void changesNameTheVersionTheyWereMadeFrom() {
        as("head.of.service").body(line("north", "north.pm", "north.tm")).put("/organisation/teams/north").then()
                .statusCode(428).body("type", equalTo("urn:casework:problem:precondition-required"));
        String current = etag("/organisation/teams/north");
        as("head.of.service").body(line("north", "north.pm", "north.tm")).header("If-Match", "\"999\"")
                .put("/organisation/teams/north").then().statusCode(412)
                .body("type", equalTo("urn:casework:problem:precondition-failed"));
        assertThat(etag("/organisation/teams/north")).as("a refused change changes nothing").isEqualTo(current);
        as("head.of.service").body(line("nowhere", null, null)).header("If-Match", "\"1\"")
                .put("/organisation/teams/nowhere").then().statusCode(412);
        as("north.sw1").get("/organisation/teams/nowhere").then().statusCode(404);

        as("casework.admin").body(Map.of("name", "Far East")).put("/organisation/service-areas/far-east").then()
                .statusCode(200).header("ETag", "\"1\"");
        as("casework.admin").body(Map.of("name", "Far East and Coast")).put("/organisation/service-areas/far-east")
                .then().statusCode(428);
        as("casework.admin").body(Map.of("name", "Far East and Coast")).header("If-Match", "\"1\"")
                .put("/organisation/service-areas/far-east").then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Far East and Coast"));
        as("north.sw1").get("/organisation/service-areas/far-east").then().statusCode(200).header("ETag", "\"2\"");
    }

    /** The ETag a read of the resource answers now. */
    private String etag(String path) {
        return as("north.sw1").get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    @DisplayName("ACCESS-RULES org.change: senior and cross-authority posts are an administrator's, not a head of "
            + "service's")
    void seniorPostsAreTheAdministrators() {
        as("head.of.service").body(member("Iris Reviewer", "IRO", null, null)).put("/organisation/staff/iro.nine")
                .then().statusCode(403);
        as("casework.admin").body(member("Iris Reviewer", "IRO", null, null)).put("/organisation/staff/iro.nine")
                .then().statusCode(200).body("post", equalTo("IRO"));
    }

    @Test
    @DisplayName("issue 17: a member's e-mail address is optional, must be an e-mail address of at most 254 "
            + "characters, and is replaced with the rest of the membership")
    void emailAddress() {
        Map<String, Object> joining = member("Eve Mailer", "SOCIAL_WORKER", "north", "north.pm");
        joining.put("email", "not an address");
        as("head.of.service").body(joining).put("/organisation/staff/north.sw7").then().statusCode(400)
                .body("violations.field", hasItem("email"));
        joining.put("email", "e".repeat(64) + "@" + "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(63));
        as("head.of.service").body(joining).put("/organisation/staff/north.sw7").then().statusCode(400)
                .body("violations.field", hasItem("email"));
        joining.put("email", "eve.mailer@casework.example");
        as("head.of.service").body(joining).put("/organisation/staff/north.sw7").then().statusCode(200)
                .body("email", equalTo("eve.mailer@casework.example"));
        joining.remove("email");
        as("head.of.service").body(joining).header("If-Match", etag("/organisation/staff/north.sw7"))
                .put("/organisation/staff/north.sw7").then().statusCode(200).body("email", nullValue());
    }

    @Test
    @DisplayName("the demo realm's users and the organisation model agree: each user with a casework role holds the "
            + "post of that role, in the team their token names, with the realm's e-mail address (issue 17)")
    void realmAndModelAgree() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Path.of("..", "infra", "keycloak", "casework-realm.json")
                .toFile());
        // Read five at a time, following each page's cursor to the last.
        List<Map<String, Object>> staff = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = as("north.sw1").queryParam("limit", 5);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/organisation/staff").then().statusCode(200).extract().jsonPath();
            staff.addAll(page.getList("items"));
            after = page.getString("next");
        } while (after != null);
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        staff.forEach(m -> byName.put((String) m.get("username"), m));
        int users = 0;
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            String role = null;
            for (JsonNode r : user.path("realmRoles")) {
                if (!r.asText().startsWith("default-roles")) {
                    role = r.asText();
                }
            }
            if ("administrator".equals(role)) {
                assertThat(byName).as("an administrator holds no post").doesNotContainKey(username);
                continue;
            }
            users++;
            assertThat(byName).as(username).containsKey(username);
            Map<String, Object> member = byName.get(username);
            assertThat(((String) member.get("post")).toLowerCase().replace('_', '-')).as(username).isEqualTo(role);
            assertThat(member.get("fullName")).as(username)
                    .isEqualTo(user.path("firstName").asText() + " " + user.path("lastName").asText());
            assertThat(member.get("email")).as(username + "'s e-mail address")
                    .isEqualTo(user.path("email").asText());
            String claim = user.path("attributes").path("team").path(0).asText();
            Object place = member.get("team") != null ? member.get("team") : member.get("serviceArea");
            if (place != null) {
                assertThat(claim).as(username + "'s team claim").isEqualTo(place);
            }
        }
        assertThat(users).isGreaterThanOrEqualTo(18);
    }

    @Test
    @DisplayName("the demo organisation the other services' tests publish is the one this service seeds")
    void testSupportsDemoOrganisationIsTheSeededOne() {
        JsonNode demo = DemoOrganisation.data();
        for (JsonNode member : demo.path("staff")) {
            String username = member.path("username").asText();
            as("north.sw1").get("/organisation/staff/" + username).then().statusCode(200)
                    .body("fullName", equalTo(member.path("fullName").asText()))
                    .body("post", equalTo(member.path("post").asText()))
                    .body("team", equalTo(member.path("team").isNull() ? null : member.path("team").asText()))
                    .body("serviceArea", equalTo(member.path("serviceArea").isNull() ? null
                            : member.path("serviceArea").asText()))
                    .body("supervisor.username", equalTo(member.path("supervisor").isNull() ? null
                            : member.path("supervisor").asText()));
        }
        List<Map<String, Object>> teams = as("north.sw1").queryParam("limit", 100).get("/organisation/teams").then()
                .statusCode(200).extract().jsonPath().getList("items");
        for (JsonNode team : demo.path("teams")) {
            Map<String, Object> seeded = teams.stream().filter(t -> team.path("team").asText().equals(t.get("id")))
                    .findFirst().orElseThrow();
            assertThat(seeded).containsEntry("serviceArea", team.path("serviceArea").asText());
            for (String post : List.of("practiceManager", "teamManager", "seniorManager")) {
                assertThat(((Map<?, ?>) seeded.get(post)).get("username")).as(post)
                        .isEqualTo(team.path(post).asText());
            }
        }
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", KeycloakTokens.bearer(username)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> line(String team, String practiceManager, String teamManager) {
        Map<String, Object> line = new java.util.HashMap<>();
        line.put("name", team + " team");
        line.put("practiceManager", practiceManager);
        line.put("teamManager", teamManager);
        line.put("seniorManager", "senior.manager");
        line.put("serviceArea", "service-area-1");
        return line;
    }

    private static Map<String, Object> member(String name, String post, String team, String supervisor) {
        Map<String, Object> member = new java.util.HashMap<>();
        member.put("fullName", name);
        member.put("post", post);
        member.put("team", team);
        member.put("supervisor", supervisor);
        return member;
    }
}
