package io.casework.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls a simulation makes before its clock starts, to create what it will write on: plain blocking requests
 * with real tokens, never timed. They stay within each person's rate limit the way a well-behaved client does, by
 * reading {@code RateLimit-Remaining} and {@code RateLimit-Reset} on every answer and waiting for the next window
 * when little is left (and after a 429, for its {@code Retry-After}): the services are not restarted with the limit
 * lifted for this benchmark, and the same people may be busy in someone else's run.
 */
final class SetUpClient {

    /** Calls left in a window below which a person waits for the next: more than the set-up's calls in flight. */
    private static final int KEEP_IN_HAND = 12;
    private static final int RETRIES_AFTER_429 = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();

    SetUpClient(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A creating or state-changing POST (none for a {@code null} body) with a fresh Idempotency-Key, as the suite's
     * own screens send it; the body of the answer.
     */
    JsonNode post(Service service, String user, String path, Object body, int expected) {
        HttpResponse<String> response = send(service, user, HttpRequest.newBuilder(uri(service, path))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body))));
        return expect(response, expected, "POST " + path + " as " + user);
    }

    JsonNode get(Service service, String user, String path, int expected) {
        return expect(send(service, user, HttpRequest.newBuilder(uri(service, path)).GET()), expected,
                "GET " + path + " as " + user);
    }

    /** Only the status of a GET: for waiting until a service has heard of something. */
    int status(Service service, String user, String path) {
        return send(service, user, HttpRequest.newBuilder(uri(service, path)).GET()).statusCode();
    }

    private HttpResponse<String> send(Service service, String user, HttpRequest.Builder request) {
        Allowance allowance = allowances.computeIfAbsent(service + " " + user, key -> new Allowance());
        request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json");
        for (int attempt = 0; ; attempt++) {
            allowance.awaitTurn();
            HttpResponse<String> response;
            try {
                response = http.send(request.setHeader("Authorization", tokens.bearer(user)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(service + " did not answer " + user, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            allowance.observe(response);
            if (response.statusCode() != 429 || attempt == RETRIES_AFTER_429) {
                return response;
            }
        }
    }

    private static JsonNode expect(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new Refused(response.statusCode(), what + " answered " + response.statusCode() + ", not "
                    + expected + ": " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " answered what is not JSON: " + response.body(), e);
        }
    }

    private static URI uri(Service service, String path) {
        return URI.create(service.api() + path);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An answer other than the one expected. */
    static final class Refused extends IllegalStateException {

        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** One person's calls to one service: closed until the window resets once little of it is left. */
    private static final class Allowance {

        private volatile long closedUntilMillis;

        void awaitTurn() {
            for (long wait = closedUntilMillis - System.currentTimeMillis(); wait > 0;
                 wait = closedUntilMillis - System.currentTimeMillis()) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }

        void observe(HttpResponse<?> response) {
            long now = System.currentTimeMillis();
            if (response.statusCode() == 429) {
                closeFor(now, seconds(response, "Retry-After"));
            } else if (response.headers().firstValueAsLong("RateLimit-Remaining").orElse(Long.MAX_VALUE)
                    <= KEEP_IN_HAND) {
                closeFor(now, seconds(response, "RateLimit-Reset"));
            }
        }

        private synchronized void closeFor(long now, long seconds) {
            closedUntilMillis = Math.max(closedUntilMillis, now + seconds * 1000);
        }

        private static long seconds(HttpResponse<?> response, String header) {
            return response.headers().firstValueAsLong(header).orElse(1);
        }
    }
}
