package io.casework.system;

import io.casework.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Where the running suite's services are, and requests to them as a demo user with a real token. Each service is
 * reached at its origin (its own port, or the one front for all four: {@code CASEWORK_ORIGIN=http://127.0.0.1:8080})
 * under its path prefix; its health and metrics at its management port.
 */
public enum Suite {

    CASE_NOTES("case-notes-service"),
    VISITS("visits-service"),
    DEADLINES("deadlines-service"),
    APPROVALS("approvals-service");

    /** The one origin of the local front (scripts/front.sh), as an ingress gives on a cluster. */
    public static final String FRONT = System.getenv().getOrDefault("CASEWORK_FRONT_URL", "http://127.0.0.1:8080");

    private final String origin;
    private final String prefix;
    private final String management;

    Suite(String service) {
        int port = LocalPorts.of(service);
        this.origin = System.getenv().getOrDefault(name() + "_ORIGIN",
                System.getenv().getOrDefault("CASEWORK_ORIGIN", "http://127.0.0.1:" + port));
        // The house path scheme: /{service}/v1, the service named without "-service" (docs/api-conventions.md).
        this.prefix = "/" + service.substring(0, service.length() - "-service".length()) + "/v1";
        this.management = System.getenv().getOrDefault(name() + "_MANAGEMENT_URL",
                "http://127.0.0.1:" + (port + LocalPorts.MANAGEMENT_OFFSET));
    }

    /** The base of this service's API: its origin and path prefix, to which "/children" and the like are added. */
    public String url() {
        return origin + prefix;
    }

    /** Scheme, host and port only: the OpenAPI document's paths already begin with the service's prefix. */
    public String origin() {
        return origin;
    }

    /** The path every operation of this service begins with, such as {@code /case-notes/v1}. */
    public String prefix() {
        return prefix;
    }

    /**
     * A path of this service's OpenAPI document, which begins with the service's prefix, as the part after
     * {@link #url()}. A path without the prefix breaks the house rule that a front routes by the first segment.
     */
    public String relative(String documentPath) {
        if (!documentPath.startsWith(prefix + "/")) {
            throw new IllegalStateException(documentPath + " of " + this + " does not begin with " + prefix);
        }
        return documentPath.substring(prefix.length());
    }

    /** The management interface (health, metrics), which no front or ingress exposes. */
    public String management() {
        return management;
    }

    /** A request to this service as the named demo user. */
    public RequestSpecification as(String user) {
        return given().baseUri(url()).header("Authorization", KeycloakTokens.bearer(user)).contentType(ContentType.JSON);
    }

    /**
     * The sum of a Prometheus metric's samples (every tag combination) on this service's management {@code /q/metrics}, or 0
     * when the service does not expose it yet (a counter appears with its first increment).
     */
    public double metric(String name) {
        String text = given().baseUri(management).get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                // "name{tags} value", perhaps followed by " # {exemplar} value timestamp"
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ', Math.max(0,
                        line.indexOf('}'))) + 1).split(" ")[0]))
                .sum();
    }

    /** A request to this service with no token at all. */
    public RequestSpecification anonymous() {
        return given().baseUri(url()).contentType(ContentType.JSON);
    }
}
