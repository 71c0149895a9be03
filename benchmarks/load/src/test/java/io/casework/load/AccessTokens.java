package io.casework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real access tokens of the demo users from the suite's Keycloak (realm casework, public client casework-web, password
 * "demo"), as a browser of each person would hold them. Everyone signs in before the clock starts, and a background
 * thread signs them in again at half the token's life: a sign-in made by a virtual user would be timed as the
 * suite's latency, and a token that ran out mid-run would turn writes into 401s.
 */
final class AccessTokens implements AutoCloseable {

    private static final String REALM = System.getProperty("casework.oidc.url",
            "http://127.0.0.1:8180/realms/casework");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "token-renewal");
        thread.setDaemon(true);
        return thread;
    });

    /** Signs these people in now, and keeps their tokens fresh until {@link #close()}. */
    void signIn(Collection<String> usernames) {
        long shortest = Long.MAX_VALUE;
        for (String username : usernames) {
            shortest = Math.min(shortest, signIn(username));
        }
        long every = Math.max(10, shortest / 2);
        renewals.scheduleAtFixedRate(() -> usernames.forEach(this::renew), every, every, TimeUnit.SECONDS);
    }

    // A renewal that fails leaves the old token, still good for half its life, and is tried again next time; an
    // exception escaping here would cancel every later renewal.
    private void renew(String username) {
        try {
            signIn(username);
        } catch (RuntimeException e) {
            System.err.println("could not renew the token of " + username + ": " + e.getMessage());
        }
    }

    /** The current token of someone signed in. */
    String of(String username) {
        String token = current.get(username);
        if (token == null) {
            throw new IllegalStateException(username + " has not signed in");
        }
        return token;
    }

    String bearer(String username) {
        return "Bearer " + of(username);
    }

    // Returns the token's lifetime in seconds.
    private long signIn(String username) {
        String form = "grant_type=password&client_id=casework-web&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + username + ": " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            current.put(username, answer.path("access_token").asText());
            return answer.path("expires_in").asLong(300);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + REALM + " did not answer for " + username, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted signing in " + username, e);
        }
    }

    @Override
    public void close() {
        renewals.shutdownNow();
    }
}
