package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The organisation model is data: readable by staff, changed by a head of service, and routing follows it. */
@QuarkusTest
class OrganisationResourceTest {

    @Test
    @DisplayName("staff read the teams with their management lines, from the seeded organisation model")
    void staffReadTheTeams() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1")).get("/organisation/teams")
                .then().statusCode(200)
                .body("find { it.team == 'north' }.practiceManager", equalTo("north.pm"))
                .body("find { it.team == 'north' }.teamManager", equalTo("north.tm"))
                .body("find { it.team == 'north' }.seniorManager", equalTo("senior.manager"))
                .body("find { it.team == 'north' }.headOfService", equalTo("head.of.service"))
                .body("find { it.team == 'south' }.practiceManager", equalTo("south.pm"));
        given().get("/organisation/teams").then().statusCode(401);
    }

    @Test
    @DisplayName("004 statutory visits: the catalogue names the practice manager for statutory visit oversight, "
            + "with the seed's words")
    void catalogueNamesItsSources() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1")).get("/organisation/decision-kinds")
                .then().statusCode(200)
                .body("find { it.kind == 'STATUTORY_VISIT_OVERSIGHT' }.decidedBy", equalTo("PRACTICE_MANAGER"))
                .body("find { it.kind == 'STATUTORY_VISIT_OVERSIGHT' }.source.document", equalTo("004"))
                .body("find { it.kind == 'STATUTORY_VISIT_OVERSIGHT' }.source.quote",
                        equalTo("Notify your PM so that managerial oversight and comments can be added"))
                .body("find { it.kind == 'CASE_NOTE_OVERSIGHT' }.decidedBy", equalTo("PRACTICE_MANAGER"))
                .body("find { it.kind == 'ROLL_BACK' }.decidedBy", equalTo("HEAD_OF_SERVICE"))
                .body("kind", hasItem("RISK_ALERT"));
    }

    @Test
    @DisplayName("only a head of service changes the organisation model (team manager: 403)")
    void onlyHeadOfServiceChangesIt() {
        given().header("Authorization", KeycloakTokens.bearer("north.tm")).contentType(ContentType.JSON)
                .body(line("north.pm")).put("/organisation/teams/north")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("a missing or malformed username is a 400 problem naming the field")
    void usernamesMustBePresent() {
        Map<String, String> noTeamManager = Map.of("name", "East team", "practiceManager", "east.pm",
                "seniorManager", "senior.manager", "serviceArea", "service-area-1");
        given().header("Authorization", KeycloakTokens.bearer("head.of.service")).contentType(ContentType.JSON)
                .body(noTeamManager).put("/organisation/teams/east")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("teamManager"));
        given().header("Authorization", KeycloakTokens.bearer("head.of.service")).contentType(ContentType.JSON)
                .body(line("Not A Username")).put("/organisation/teams/east")
                .then().statusCode(400).body("violations.field", hasItem("practiceManager"));
    }

    @Test
    @DisplayName("a new team set up by the head of service routes its notes to its own practice manager: data, not code")
    void newTeamRoutesByData() {
        given().header("Authorization", KeycloakTokens.bearer("head.of.service")).contentType(ContentType.JSON)
                .body(line("south.tm")).put("/organisation/teams/east")
                .then().statusCode(200)
                .body("team", equalTo("east"))
                .body("practiceManager", equalTo("south.tm"))
                .body("updatedBy", equalTo("head.of.service"));

        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted("STATUTORY_VISIT", "east.sw1", "Evan East", "east"));
        Map<String, Object> request = OversightRequestsTest.awaitPendingFor("south.tm", note);
        assertThat(request).containsEntry("team", "east").containsEntry("assignee", "south.tm");
    }

    private static Map<String, String> line(String practiceManager) {
        return Map.of("name", "East team", "practiceManager", practiceManager, "teamManager", "north.tm",
                "seniorManager", "senior.manager", "serviceArea", "service-area-1");
    }
}
