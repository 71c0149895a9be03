package io.casework.casenotes;

import io.casework.testing.DatabaseOwner;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A write the database refuses (here the privilege, SQL state 42501, as a misconfigured or failing-over database
 * would) is a 503 problem with Retry-After, not a 500: nothing was saved, and the same request works once the
 * database serves again.
 */
@QuarkusTest
class DatabaseRefusalTest {

    @AfterEach
    void restoreRights() {
        DatabaseOwner.execute("grant insert on child, idempotency_key to " + DatabaseOwner.runtimeRole());
    }

    @Test
    @DisplayName("Opening a child's record while the database refuses the write: 503, nothing saved, retry works")
    void refusedWriteIsServiceUnavailable() {
        Map<String, Object> body = uniquelyNamedChild();
        DatabaseOwner.execute("revoke insert on child from " + DatabaseOwner.runtimeRole());
        assertServiceUnavailable(null, body);
        assertThat(namesOnCaseload()).doesNotContain((String) body.get("givenName"));

        restoreRights();
        as("north.sw1").body(body).post("/children").then().statusCode(201);
    }

    @Test
    @DisplayName("The same with an Idempotency-Key whose own row is refused: 503, not a conflict")
    void refusedIdempotencyKeyIsServiceUnavailable() {
        Map<String, Object> body = uniquelyNamedChild();
        String key = UUID.randomUUID().toString();
        DatabaseOwner.execute("revoke insert on idempotency_key from " + DatabaseOwner.runtimeRole());
        assertServiceUnavailable(key, body);

        restoreRights();
        as("north.sw1").header("Idempotency-Key", key).body(body).post("/children").then().statusCode(201);
    }

    @Test
    @DisplayName("Only the database's failures are 503: an integrity violation or a bug stays a 500 problem as before")
    void otherFailuresAreLeftAlone() {
        given().get("/test-failures/connection-lost").then().statusCode(503).header("Retry-After", "5");
        given().get("/test-failures/duplicate").then().statusCode(500).contentType("application/problem+json");
        given().get("/test-failures/bug").then().statusCode(500).contentType("application/problem+json")
                .body("type", not(equalTo("urn:casework:problem:service-unavailable")));
    }

    private static void assertServiceUnavailable(String idempotencyKey, Map<String, Object> body) {
        var request = as("north.sw1").body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        request.post("/children").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:casework:problem:service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("nothing was saved"));
    }

    private static Map<String, Object> uniquelyNamedChild() {
        Map<String, Object> body = new HashMap<>(child("CP"));
        body.put("givenName", "Refused " + UUID.randomUUID());
        return body;
    }

    private static List<String> namesOnCaseload() {
        return as("north.sw1").queryParam("limit", 100).get("/children").then().statusCode(200)
                .extract().path("items.givenName");
    }
}
