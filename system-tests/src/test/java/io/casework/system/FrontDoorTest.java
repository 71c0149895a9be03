package io.casework.system;

import io.casework.testing.EventStreamClient;
import io.casework.testing.KeycloakTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.FRONT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 10: one origin for front-ends. The local front (scripts/front.sh, as an ingress on a cluster) routes every
 * service by the first segment of its path; health and metrics are only on the management ports; and Swagger UI
 * can sign a demo user in through Keycloak with the authorization code flow and PKCE, the page never holding a
 * password.
 */
class FrontDoorTest {

    /** One list each service serves to a practice manager, by its path after the prefix. */
    private static final Map<Suite, String> A_LIST = Map.of(CASE_NOTES, "/children", Suite.VISITS, "/visits/due",
            Suite.DEADLINES, "/worktray", APPROVALS, "/inbox");

    @ParameterizedTest
    @EnumSource(Suite.class)
    @DisplayName("through the one front, each service answers under /{service}/v1: its API, OpenAPI and Swagger UI")
    void routedByFirstSegment(Suite service) {
        String base = FRONT + service.prefix();
        given().header("Authorization", KeycloakTokens.bearer("north.pm"))
                .get(base + A_LIST.get(service)).then().statusCode(200);
        JsonPath document = given().accept("application/json").get(base + "/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        assertThat(document.<String, Object>getMap("paths").keySet()).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith(service.prefix() + "/"));
        given().get(base + "/q/swagger-ui/").then().statusCode(200).contentType("text/html");
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    @DisplayName("a browser's same-origin request through the front (it sends Origin on a POST or a module script) "
            + "passes each service's CORS check, and another origin is still refused")
    void sameOriginThroughTheFront(Suite service) {
        String base = FRONT + service.prefix();
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).header("Origin", FRONT)
                .get(base + A_LIST.get(service)).then().statusCode(200);
        given().header("Authorization", KeycloakTokens.bearer("north.pm")).header("Origin", "http://elsewhere.example")
                .get(base + A_LIST.get(service)).then().statusCode(403);
    }

    @ParameterizedTest
    @EnumSource(Suite.class)
    @DisplayName("health and metrics answer on the management port only, never on the API port or the front")
    void healthOnManagementPortOnly(Suite service) {
        given().get(service.management() + "/q/health/ready").then().statusCode(200);
        given().get(service.management() + "/q/metrics").then().statusCode(200);
        for (String elsewhere : new String[] {service.origin(), service.url(), FRONT, FRONT + service.prefix()}) {
            given().get(elsewhere + "/q/health/ready").then().statusCode(404);
            given().get(elsewhere + "/q/metrics").then().statusCode(404);
        }
    }

    @Test
    @DisplayName("a path no service owns is a 404 problem from the front itself")
    void unknownPathIsProblem() {
        given().get(FRONT + "/children").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:not-found"));
    }

    @Test
    @DisplayName("the live inbox stream passes through the front as it is written")
    void streamThroughTheFront() throws Exception {
        try (EventStreamClient stream = EventStreamClient.open(FRONT + APPROVALS.prefix() + "/inbox/stream",
                KeycloakTokens.bearer("north.pm"))) {
            assertThat(stream.status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("Swagger UI's sign-in: authorization code with PKCE for casework-web, and the token opens the API")
    void swaggerUiSignsInWithPkce() {
        String served = FRONT + CASE_NOTES.prefix();
        String discoveryUrl = given().accept("application/json").get(served + "/q/openapi?format=json").then()
                .statusCode(200).extract().path("components.securitySchemes.SecurityScheme.openIdConnectUrl");
        JsonPath discovery = given().get(discoveryUrl).then().statusCode(200).extract().jsonPath();
        assertThat(discovery.getList("code_challenge_methods_supported")).contains("S256");
        String page = given().get(served + "/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("casework-web").containsPattern("usePkceWithAuthorizationCodeGrant\\W+true");

        String redirect = served + "/q/swagger-ui/oauth2-redirect.html";
        String authorize = discovery.getString("authorization_endpoint");
        String tokens = discovery.getString("token_endpoint");

        // The realm insists on PKCE for this client: a request without a challenge gets no login page.
        String refused = given().redirects().follow(false)
                .queryParams(Map.of("client_id", "casework-web", "response_type", "code", "scope", "openid",
                        "redirect_uri", redirect, "state", "s1"))
                .get(authorize).then().extract().header("Location");
        assertThat(refused).startsWith(redirect).contains("error=invalid_request");

        // Only the holder of the verifier can turn a code into a token.
        String verifier = randomUrlSafe(48);
        given().formParams(Map.of("grant_type", "authorization_code", "client_id", "casework-web",
                        "code", signIn(authorize, redirect, challenge(verifier)), "redirect_uri", redirect,
                        "code_verifier", randomUrlSafe(48)))
                .post(tokens).then().statusCode(400);

        verifier = randomUrlSafe(48);
        String token = given().formParams(Map.of("grant_type", "authorization_code", "client_id", "casework-web",
                        "code", signIn(authorize, redirect, challenge(verifier)), "redirect_uri", redirect,
                        "code_verifier", verifier))
                .post(tokens).then().statusCode(200).extract().path("access_token");
        given().header("Authorization", "Bearer " + token).get(served + "/children").then().statusCode(200);
    }

    /**
     * What a browser does for Swagger UI: asks the realm for a code with the PKCE challenge, fills in Keycloak's
     * login form as north.pm, and is sent back to Swagger UI's redirect page with the code.
     */
    private static String signIn(String authorize, String redirect, String challenge) {
        String state = randomUrlSafe(12);
        // Keycloak marks its cookies Secure; a browser keeps them for http://127.0.0.1 too, so they are carried by hand.
        Response loginPage = given()
                .queryParams(Map.of("client_id", "casework-web", "response_type", "code", "scope", "openid",
                        "redirect_uri", redirect, "state", state, "code_challenge", challenge,
                        "code_challenge_method", "S256"))
                .get(authorize);
        loginPage.then().statusCode(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.asString());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String back = given().cookies(loginPage.getCookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("username", "north.pm", "password", "demo", "credentialId", ""))
                .post(action.group(1).replace("&amp;", "&")).then().statusCode(302).extract().header("Location");
        assertThat(back).startsWith(redirect).contains("state=" + state);
        return query(back, "code");
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String query(String location, String name) {
        for (String pair : URI.create(location.replace("#", "?")).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + location);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
