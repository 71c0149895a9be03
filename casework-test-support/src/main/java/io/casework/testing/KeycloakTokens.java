package io.casework.testing;

import io.restassured.RestAssured;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the script-started Keycloak, for the demo users of the committed realm (password "demo").
 * Tokens are cached until shortly before they expire, because each password grant costs a Keycloak round trip.
 */
public final class KeycloakTokens {

    private static final String REALM_URL = System.getProperty("casework.oidc.url",
            System.getenv().getOrDefault("CASEWORK_OIDC_URL", "http://127.0.0.1:8180/realms/casework"));
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    public static String accessToken(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.expires.isAfter(Instant.now().plusSeconds(30))) {
            return cached.token;
        }
        var response = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "casework-web")
                .formParam("username", username)
                .formParam("password", "demo")
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract();
        String token = response.path("access_token");
        int expiresIn = response.path("expires_in");
        CACHE.put(username, new Cached(token, Instant.now().plusSeconds(expiresIn)));
        return token;
    }

    /**
     * A fresh token from another client of the realm, never cached: for the access matrix's cases of a token issued
     * for another application ({@code casework-other-app}) and of one that has expired ({@code casework-short-lived}).
     */
    public static String fromClient(String clientId, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", "demo")
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Signs in again now, even if a cached token is still good: a test about to take Keycloak away gets tokens
     * that last the whole outage.
     */
    public static String renew(String username) {
        CACHE.remove(username);
        return accessToken(username);
    }

    /** The value of an Authorization header for this demo user. */
    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    private record Cached(String token, Instant expires) {
    }
}
