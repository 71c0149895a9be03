package io.casework.approvals.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A minimal event-stream client on java.net.http, as a browser's fetch-based client does it: the bearer token goes
 * in the Authorization header, never in the URL.
 */
final class SseClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the stream was closed by close()
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(URI uri, String authorization) throws Exception {
        return open(uri, authorization, null);
    }

    /** Opens the stream as a reconnecting client does, sending the last event id it received. */
    static SseClient open(URI uri, String authorization, String lastEventId) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.GET().build();
        // HTTP/1.1, as a browser's fetch speaks to a server without TLS.
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        return new SseClient(response);
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Waits for a raw line (comments included) that matches. */
    String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (String line : seen) {
            if (match.test(line)) {
                return line;
            }
        }
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (match.test(line)) {
                    return line;
                }
            }
        }
        throw new AssertionError("No matching line within " + timeout + "; saw " + seen);
    }

    /** Waits for an event whose JSON data matches. */
    JsonNode awaitEvent(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        String line = awaitLine(l -> l.startsWith("data:") && match.test(parse(l)), timeout);
        return parse(line);
    }

    /** Every data element received so far. */
    List<JsonNode> events() {
        lines.drainTo(seen);
        return seen.stream().filter(l -> l.startsWith("data:")).map(SseClient::parse).toList();
    }

    private static JsonNode parse(String dataLine) {
        try {
            return JSON.readTree(dataLine.substring("data:".length()).strip());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + dataLine, e);
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
