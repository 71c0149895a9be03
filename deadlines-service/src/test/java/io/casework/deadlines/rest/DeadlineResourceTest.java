package io.casework.deadlines.rest;

import io.casework.contracts.events.VisitScheduled;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class DeadlineResourceTest {

    @BeforeEach
    void demoOrganisation() {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
    }

    @BeforeAll
    static void showFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }


    private UUID northChild;

    @BeforeEach
    void northChildWithAVisitDue() {
        northChild = UUID.randomUUID();
        send(new VisitScheduled(UUID.randomUUID(), northChild, "north", "north.sw1", "CP", LocalDate.of(2026, 7, 1),
                10), northChild);
        await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .queryParam("childId", northChild)
                .get("/deadlines").then().extract().jsonPath().getList("items").size() == 1);
    }

    @Test
    @DisplayName("without a token: 401")
    void noToken() {
        given().queryParam("childId", northChild).get("/deadlines").then().statusCode(401);
    }

    @Test
    @DisplayName("ACCESS-RULES record.read: the team's managers see the child's deadlines, counting down while open")
    void sameTeam() {
        given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .queryParam("childId", northChild).queryParam("state", "OPEN")
                .get("/deadlines")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].state", is("OPEN"))
                .body("items[0].dueDate", is("2026-07-01"))
                .body("items[0].overdue", is(LocalDate.now().isAfter(LocalDate.of(2026, 7, 1))));
    }

    @Test
    @DisplayName("002 s.5: another team's worker is refused the child's deadlines with 403; a colleague needs a purpose")
    void otherTeam() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw2"))
                .queryParam("childId", northChild)
                .get("/deadlines")
                .then().statusCode(403)
                .body("type", is("urn:casework:problem:access-purpose-required"));
        given().header("Authorization", KeycloakTokens.bearer("south.sw1"))
                .queryParam("childId", northChild)
                .get("/deadlines")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("urn:casework:problem:access-refused"));
    }

    @Test
    @DisplayName("issue 8 finding 4: the senior manager and head of service of the child's area see its deadlines "
            + "with a purpose; another area's head of service does not")
    void seniors() {
        for (String user : new String[] {"senior.manager", "head.of.service"}) {
            given().header("Authorization", KeycloakTokens.bearer(user)).header("X-Access-Purpose", "audit")
                    .queryParam("childId", northChild)
                    .get("/deadlines")
                    .then().statusCode(200).body("items", hasSize(1));
        }
        given().header("Authorization", KeycloakTokens.bearer("east.hos")).header("X-Access-Purpose", "audit")
                .queryParam("childId", northChild)
                .get("/deadlines")
                .then().statusCode(403).body("type", is("urn:casework:problem:access-refused"));
    }

    @Test
    @DisplayName("the state filter keeps only deadlines in that state")
    void stateFilter() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .queryParam("childId", northChild).queryParam("state", "MET")
                .get("/deadlines")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("a childId that is not a UUID, a missing childId or an unknown state: 400 naming the field")
    void badParameters() {
        given().header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .queryParam("childId", "not-a-uuid")
                .get("/deadlines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("childId"));
        given().header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .get("/deadlines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("childId"));
        given().header("Authorization", KeycloakTokens.bearer("north.sw1"))
                .queryParam("childId", northChild).queryParam("state", "LATE")
                .get("/deadlines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("state"))
                .body("violations.message", hasItem(containsString("OPEN, MET or WITHDRAWN")));
    }
}
