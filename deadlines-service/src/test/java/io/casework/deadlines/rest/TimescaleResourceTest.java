package io.casework.deadlines.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Public reference data: every call here is made without a token. */
@QuarkusTest
class TimescaleResourceTest {

    @Test
    @DisplayName("the authorities whose timescales are held, the LCS practice guide among them")
    void authorities() {
        given().get("/timescales")
                .then().statusCode(200)
                .body("id", hasItem("lcs-practice-guide"))
                .body("find { it.id == 'lcs-practice-guide' }.document", is("004"));
    }

    @Test
    @DisplayName("004 statutory visits: the LCS rule set serves oversight within 5 working days, with its source")
    void lcsRules() {
        given().get("/timescales/lcs-practice-guide")
                .then().statusCode(200)
                .body("id", is("lcs-practice-guide"))
                .body("rules.find { it.id == 'statutory-visit-oversight' }.amount", is(5))
                .body("rules.find { it.id == 'statutory-visit-oversight' }.unit", is("WORKING_DAYS"))
                .body("rules.find { it.id == 'statutory-visit-oversight' }.source.document", is("004"))
                .body("rules.find { it.id == 'statutory-visit-oversight' }.source.quote", not(emptyOrNullString()));
    }

    @Test
    @DisplayName("an unknown authority: 404 problem")
    void unknownAuthority() {
        given().get("/timescales/atlantis")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("urn:casework:problem:not-found"));
    }
}
