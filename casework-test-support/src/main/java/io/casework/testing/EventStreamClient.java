package io.casework.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a Server-Sent Events stream the way a browser's fetch-based client does: the bearer token goes in the
 * Authorization header, never in the URL, over HTTP/1.1. Every line received is kept, so a test can look for a line
 * or an event more than once ({@link #awaitLine}, {@link #awaitEvent}); a test that takes events in order uses
 * {@link #await}, {@link #collectUntil} and {@link #received}, which move past what they return.
 */
public final class EventStreamClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = "data:";

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    /** How many of the data lines in {@link #seen} the in-order methods have moved past. */
    private int taken;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(incoming::add);
            } catch (RuntimeException closed) {
                // the stream was closed by close(), or by the server
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; {@code authorization} is the whole header value, or null to call without a token. */
    public static EventStreamClient open(String url, String authorization) {
        return open(url, authorization, null);
    }

    /** Opens the stream as a reconnecting client does, sending the id of the last event it received. */
    public static EventStreamClient open(String url, String authorization, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStreamClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted opening " + url, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer from " + url, e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Waits for a raw line (comments included) that matches, among all those received. */
    public String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        for (String line : seen) {
            if (match.test(line)) {
                return line;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String line;
        while ((line = next(deadline)) != null) {
            if (match.test(line)) {
                return line;
            }
        }
        throw new AssertionError("No matching line within " + timeout + "; saw " + seen);
    }

    /** Waits for an event whose JSON data matches, among all those received. */
    public JsonNode awaitEvent(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        return parse(awaitLine(line -> line.startsWith(DATA) && match.test(parse(line)), timeout));
    }

    /** Every event received so far, as JSON. */
    public List<JsonNode> events() {
        incoming.drainTo(seen);
        return data(0).stream().map(EventStreamClient::parseData).toList();
    }

    /** The next event data, after those already taken, that matches; those before it are passed over. */
    public String await(Predicate<String> match, Duration timeout) throws InterruptedException {
        List<String> all = collectUntil(match, timeout);
        return all.get(all.size() - 1);
    }

    /** Every event data after those already taken, until one matches, that one included, in order. */
    public List<String> collectUntil(Predicate<String> match, Duration timeout) throws InterruptedException {
        List<String> collected = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            incoming.drainTo(seen);
            for (String data : data(taken)) {
                taken++;
                collected.add(data);
                if (match.test(data)) {
                    return collected;
                }
            }
            String line = next(deadline);
            if (line == null) {
                throw new AssertionError("No matching event on the stream within " + timeout + "; saw " + collected);
            }
        }
    }

    /** Every event data received and not yet taken; they are taken. */
    public List<String> received() {
        incoming.drainTo(seen);
        List<String> rest = data(taken);
        taken += rest.size();
        return rest;
    }

    @Override
    public void close() {
        response.body().close();
    }

    /** The next line received before the deadline, kept; null when none came. */
    private String next(long deadline) throws InterruptedException {
        String line = incoming.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line != null) {
            seen.add(line);
        }
        return line;
    }

    /** The data of the data lines received, from the {@code from}-th on. */
    private List<String> data(int from) {
        List<String> data = seen.stream().filter(line -> line.startsWith(DATA))
                .map(line -> line.substring(DATA.length()).strip()).toList();
        return data.subList(Math.min(from, data.size()), data.size());
    }

    private static JsonNode parse(String line) {
        return parseData(line.substring(DATA.length()).strip());
    }

    private static JsonNode parseData(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException("event data is not JSON: " + data, e);
        }
    }
}
