package io.casework.deadlines.rest;

import io.casework.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 finding 8: one caller's calls are limited per window, and every answer says how many are left. */
@QuarkusTest
@TestProfile(RateLimitTest.FiveCallsAMinute.class)
class RateLimitTest {

    public static class FiveCallsAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.rate-limit.requests", "5", "casework.rate-limit.window", "PT60S");
        }
    }

    @Test
    @DisplayName("the sixth call of a user in the window is a 429 problem with Retry-After; other users go on")
    void userBeyondTheLimitIsRefused() {
        String token = KeycloakTokens.bearer("north.sw1");
        int remaining = Integer.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            Response ok = given().header("Authorization", token).get("/worktray");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo("5");
            int left = Integer.parseInt(ok.header("RateLimit-Remaining"));
            assertThat(left).isLessThan(remaining);
            remaining = left;
            assertThat(Integer.parseInt(ok.header("RateLimit-Reset"))).isBetween(1, 60);
        }
        Response refused = given().header("Authorization", token).get("/worktray");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:casework:problem:rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");

        assertThat(given().header("Authorization", KeycloakTokens.bearer("north.sw2")).get("/worktray")
                .statusCode()).as("another user has a window of their own").isEqualTo(200);
    }

    @Test
    @DisplayName("calls without a token (reference data) count against their network address")
    void anonymousCallsCountByAddress() {
        int status = 200;
        for (int i = 0; i < 6 && status == 200; i++) {
            status = given().queryParam("year", "2026").get("/calendar/bank-holidays").statusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
