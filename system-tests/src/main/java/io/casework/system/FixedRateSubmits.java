package io.casework.system;

import io.casework.testing.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits drafts for oversight at a fixed rate, an open model: the i-th is sent at {@code start + i * period} whether
 * or not earlier ones have been answered, as workers across an authority submit without waiting for one another. A
 * slow answer therefore never delays the next submission, and queueing in the suite shows in the delays instead of
 * being hidden by a client that waits. Each submission keeps the time it was due to be sent, from which delays are
 * counted, so that a late send is the suite's delay too, never the client's excuse.
 */
final class FixedRateSubmits {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One submission: the note, when it was due to be sent and when its answer came ({@link System#nanoTime()}), and
     * the status (0 when no answer came at all).
     */
    record Submit(String noteId, long due, long answered, int status) {

        boolean accepted() {
            return status / 100 == 2;
        }

        long took() {
            return answered - due;
        }
    }

    private FixedRateSubmits() {
    }

    /** Submits every note as {@code worker}, {@code perSecond} a second, and returns each once it is answered. */
    static List<Submit> submit(List<String> noteIds, String worker, int perSecond) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<CompletableFuture<Submit>> sent = new ArrayList<>();
        for (int i = 0; i < noteIds.size(); i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            String noteId = noteIds.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.CASE_NOTES.url() + "/case-notes/" + noteId
                            + "/submit")).timeout(ANSWER_TIMEOUT)
                    .header("Authorization", KeycloakTokens.bearer(worker)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((answer, failure) -> new Submit(noteId, due, System.nanoTime(),
                            failure == null ? answer.statusCode() : 0)));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
