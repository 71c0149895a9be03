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

    /**
     * The sum of a Prometheus metric's samples (every tag combination) on this service's {@code /q/metrics}, or 0
     * when the service does not expose it yet (a counter appears with its first increment).
     */
    public double metric(String name) {
        String text = given().baseUri(url).get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                // "name{tags} value", perhaps followed by " # {exemplar} value timestamp"
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ', Math.max(0,
                        line.indexOf('}'))) + 1).split(" ")[0]))
                .sum();
    }

    /** A request to this service with no token at all. */
    public RequestSpecification anonymous() {
        return given().baseUri(url).contentType(ContentType.JSON);
    }
}
