package io.casework.system;

import io.casework.testing.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a Server-Sent Events stream the way a browser's fetch-based client does: the bearer token goes in the
 * Authorization header, never in the URL.
 */
final class EventStreamClient implements AutoCloseable {

    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;

    EventStreamClient(String url, String user) {
        this(url, user, null);
    }

    /** A client reconnecting: it sends the id of the last event it received. */
    EventStreamClient(String url, String user, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (user != null) {
            request.header("Authorization", KeycloakTokens.bearer(user));
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            connected.countDown();
            r.body().forEach(line -> {
                if (line.startsWith("data:")) {
                    data.add(line.substring(5).strip());
                }
            });
        });
    }

    /** The HTTP status, once the response has started. */
    int status() throws InterruptedException {
        connected.await(10, TimeUnit.SECONDS);
        return status;
    }

    /** Waits for an event whose data matches. */
    String await(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String next;
        while ((next = data.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (match.test(next)) {
                return next;
            }
        }
        throw new AssertionError("No matching event on the stream within " + timeout);
    }

    /** Every event data received until one matches, that one included, in order. */
    List<String> collectUntil(Predicate<String> match, Duration timeout) throws InterruptedException {
        List<String> all = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        String next;
        while ((next = data.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            all.add(next);
            if (match.test(next)) {
                return all;
            }
        }
        throw new AssertionError("No matching event on the stream within " + timeout + "; saw " + all);
    }

    /** Every event data received so far and not yet taken by {@link #await}. */
    List<String> received() {
        List<String> all = new ArrayList<>();
        data.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
