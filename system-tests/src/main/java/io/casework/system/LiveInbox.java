package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.testing.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A manager's live inbox stream ({@code streamInbox}) held open as their screen holds it, noting when each request
 * for their decision arrives: the {@link System#nanoTime()} at which the event's data line was read, by the subject it
 * is about (for oversight, the case note's id). Only APPROVAL_REQUESTED events count; the first for a subject wins.
 */
final class LiveInbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECTING = Duration.ofSeconds(10);

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final HttpResponse<Stream<String>> response;

    private LiveInbox(String manager) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.APPROVALS.url() + "/inbox/stream"))
                .header("Authorization", KeycloakTokens.bearer(manager)).header("Accept", "text/event-stream")
                .GET().build();
        response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the inbox stream of " + manager + " answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(this::read);
            } catch (RuntimeException closed) {
                // closed by close(), or the server ended the stream
            }
        }, "live-inbox");
        reader.setDaemon(true);
        reader.start();
    }

    /** The manager's stream, once the server has said it is connected (its first line, a comment). */
    static LiveInbox open(String manager) throws IOException, InterruptedException {
        LiveInbox inbox = new LiveInbox(manager);
        if (!inbox.connected.await(CONNECTING.toMillis(), TimeUnit.MILLISECONDS)) {
            inbox.close();
            throw new IllegalStateException("the inbox stream of " + manager + " said nothing within " + CONNECTING);
        }
        return inbox;
    }

    /** When the request about this subject arrived, or null if it has not. */
    Long arrivalOf(String subjectId) {
        return arrivals.get(subjectId);
    }

    /** Waits until a request about every one of these subjects has arrived; false if some had not by the timeout. */
    boolean awaitAll(Collection<String> subjectIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!arrivals.keySet().containsAll(subjectIds)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return true;
    }

    private void read(String line) {
        long now = System.nanoTime();
        connected.countDown();
        if (!line.startsWith("data:")) {
            return;
        }
        try {
            JsonNode event = JSON.readTree(line.substring("data:".length()));
            if ("APPROVAL_REQUESTED".equals(event.path("type").asText())) {
                arrivals.putIfAbsent(event.path("subjectId").asText(), now);
            }
        } catch (IOException notJson) {
            // the token-expired event's data is text: nothing to time
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
