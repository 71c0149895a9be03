package io.casework.approvals.rest;

import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The approval catalogue is the authority's (issue 17: composed per authority like the timescale rule sets): run as
 * Hertfordshire, whose procedure gives case-recording oversight to the team manager (002 s.5), a case note's
 * oversight goes to north.tm, where the LCS practice guide's base sends it to the practice manager (004).
 */
@QuarkusTest
@TestProfile(AuthorityCatalogueTest.Hertfordshire.class)
class AuthorityCatalogueTest {

    public static class Hertfordshire implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.timescales.authority", "hertfordshire");
        }
    }

    @Test
    @DisplayName("002 s.5 \"The Team Manager has to quality assure case recording\": in Hertfordshire the catalogue "
            + "names the team manager for case note oversight, and a submitted case note reaches north.tm")
    void hertfordshireOversightGoesToTheTeamManager() {
        given().get("/organisation/decision-kinds").then().statusCode(200)
                .body("find { it.id == 'CASE_NOTE_OVERSIGHT' }.decidedBy", equalTo("TEAM_MANAGER"))
                .body("find { it.id == 'CASE_NOTE_OVERSIGHT' }.source.document", equalTo("002"))
                .body("find { it.id == 'CASE_NOTE_OVERSIGHT' }.origin", equalTo("hertfordshire"))
                .body("find { it.id == 'STATUTORY_VISIT_OVERSIGHT' }.decidedBy", equalTo("PRACTICE_MANAGER"));

        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.CASE_NOTE, "north.sw1", "Amelia Hughes", "north"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !pending("north.tm", note).isEmpty());
        given().header("Authorization", KeycloakTokens.bearer("north.tm")).get("/approval-requests/"
                + pending("north.tm", note).get(0)).then().statusCode(200)
                .body("kind", equalTo("CASE_NOTE_OVERSIGHT")).body("assignee.username", equalTo("north.tm"));
    }

    private static List<String> pending(String approver, CaseNoteSubmitted note) {
        return given().header("Authorization", KeycloakTokens.bearer(approver))
                .queryParam("childId", note.childId().toString()).get("/inbox").then().statusCode(200)
                .extract().path("items.id");
    }
}
