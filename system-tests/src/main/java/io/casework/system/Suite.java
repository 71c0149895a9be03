package io.casework.system;

import io.casework.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Where the running suite's services are, and requests to them as a demo user with a real token. */
public enum Suite {

    CASE_NOTES("CASE_NOTES_URL", "http://127.0.0.1:8081"),
    VISITS("VISITS_URL", "http://127.0.0.1:8082"),
    DEADLINES("DEADLINES_URL", "http://127.0.0.1:8083"),
    APPROVALS("APPROVALS_URL", "http://127.0.0.1:8084");

    private final String url;

    Suite(String variable, String fallback) {
        this.url = System.getenv().getOrDefault(variable, fallback);
    }

    public String url() {
        return url;
    }

    /** A request to this service as the named demo user. */
    public RequestSpecification as(String user) {
        return given().baseUri(url).header("Authorization", KeycloakTokens.bearer(user)).contentType(ContentType.JSON);
    }

    /** A request to this service with no token at all. */
    public RequestSpecification anonymous() {
        return given().baseUri(url).contentType(ContentType.JSON);
    }
}
