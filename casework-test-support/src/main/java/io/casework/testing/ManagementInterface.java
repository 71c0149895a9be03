package io.casework.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the management interface of the service under test (health, metrics), which listens on a port of
 * its own, outside the API's root path: RestAssured's base path, which a {@code @QuarkusTest} sets to the API's,
 * is cleared.
 */
public final class ManagementInterface {

    /** Quarkus's own default for the management interface in tests. */
    private static final int DEFAULT_TEST_PORT = 9001;

    private ManagementInterface() {
    }

    public static RequestSpecification given() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(DEFAULT_TEST_PORT);
        return RestAssured.given().baseUri("http://127.0.0.1").port(port).basePath("");
    }

    /** The service's Prometheus exposition, {@code /q/metrics}. */
    public static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
