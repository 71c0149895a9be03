package io.casework.system.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.casework.system.Suite;
import io.casework.system.UniqueNames;
import io.casework.system.VisitNotes;
import io.casework.testing.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady write load through the public API, as social workers and their manager would make it, so that every
 * topic and every consumer is busy while a fault is injected: workers register children on CP plans, write a
 * statutory visit note for each and submit it; the practice manager approves what reaches the inbox. Creating
 * requests carry an {@code Idempotency-Key} and are retried with it, as a careful client would, so a retry that
 * created a second child or note is a broken promise the checker sees.
 */
public final class WriteLoad implements AutoCloseable {

    private static final String WORKER = "north.sw1";
    private static final String MANAGER = "north.pm";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int CREATE_ATTEMPTS = 3;

    private final String tag;
    private final Duration pause;
    private final AcknowledgedWrites acknowledged = new AcknowledgedWrites();
    private final Map<String, String> awaitingDecision = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService threads;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private volatile boolean running = true;

    /**
     * @param tag     the family name of every child this load registers: the checker's scope
     * @param workers how many social workers write at once
     * @param pause   each worker's pause between two children
     */
    public WriteLoad(String tag, int workers, Duration pause) {
        this.tag = tag;
        this.pause = pause;
        this.threads = Executors.newFixedThreadPool(workers + 1);
        for (int i = 0; i < workers; i++) {
            threads.submit(this::workerLoop);
        }
        threads.submit(this::managerLoop);
    }

    public AcknowledgedWrites acknowledged() {
        return acknowledged;
    }

    /** Stops writing and waits for the requests in flight; what they were told is recorded. */
    public AcknowledgedWrites stop() {
        running = false;
        threads.shutdown();
        try {
            threads.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return acknowledged;
    }

    @Override
    public void close() {
        stop();
    }

    /** One more child, written for the same child afterwards; used to show a partition keeps flowing. */
    public Optional<String> registerChild() {
        // The given name tells the run's children apart (the family name is the run's tag); a counter would read
        // as one child typed many ways to the duplicate check, which would refuse all but the first.
        String reference = UniqueNames.next();
        Map<String, Object> child = Map.of("givenName", reference, "familyName", tag, "dateOfBirth", "2016-04-01",
                "planType", "CP", "planStartDate", today.toString());
        return create(Suite.CASE_NOTES.url() + "/children", child).map(id -> {
            acknowledged.childRegistered(reference, id);
            return id;
        });
    }

    /** A statutory visit note for the child, written and submitted; its id when both were acknowledged. */
    public Optional<String> writeAndSubmitNote(String childId) {
        Optional<String> noteId = create(Suite.CASE_NOTES.url() + "/children/" + childId + "/case-notes",
                VisitNotes.statutoryVisit(today, "Visit " + tag + "-" + sequence.incrementAndGet(),
                        "Saw the child at home."));
        noteId.ifPresent(id -> acknowledged.noteWritten(id, childId));
        if (noteId.isPresent() && send(WORKER, "POST", Suite.CASE_NOTES.url() + "/case-notes/" + noteId.get()
                + "/submit", null, null).isPresent()) {
            acknowledged.noteSubmitted(noteId.get());
            awaitingDecision.put(noteId.get(), childId);
            return noteId;
        }
        return Optional.empty();
    }

    private void workerLoop() {
        while (running) {
            registerChild().ifPresent(this::writeAndSubmitNote);
            sleep(pause);
        }
    }

    // The manager looks in the inbox for each child of the run awaiting a decision, and approves the run's notes as
    // they arrive. Asking per child keeps each call to one short page, however much else waits for the manager.
    private void managerLoop() {
        while (running) {
            sleep(Duration.ofMillis(500));
            for (Map.Entry<String, String> awaiting : Map.copyOf(awaitingDecision).entrySet()) {
                Optional<JsonNode> inbox = send(MANAGER, "GET", Suite.APPROVALS.url() + "/inbox?childId="
                        + awaiting.getValue(), null, null);
                for (JsonNode request : inbox.map(page -> page.path("items")).orElse(MissingNode.getInstance())) {
                    if (running && awaiting.getKey().equals(request.path("subjectId").asText())) {
                        decide(awaiting.getKey(), request.path("id").asText());
                    }
                }
            }
        }
    }

    private void decide(String noteId, String requestId) {
        Map<String, Object> decision = Map.of("outcome", "APPROVED", "comments",
                "Seen and agreed; the plan is working.");
        if (send(MANAGER, "POST", Suite.APPROVALS.url() + "/approval-requests/" + requestId + "/decision", decision,
                null).isPresent()) {
            acknowledged.requestDecided(requestId);
            awaitingDecision.remove(noteId);
        }
    }

    private Optional<String> create(String url, Object body) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; attempt <= CREATE_ATTEMPTS && running; attempt++) {
            Optional<JsonNode> created = send(WORKER, "POST", url, body, key);
            if (created.isPresent()) {
                return Optional.of(created.get().path("id").asText());
            }
            sleep(Duration.ofSeconds(1));
        }
        return Optional.empty();
    }

    /** The response body when the answer was 2xx; otherwise records the refusal and returns empty. */
    private Optional<JsonNode> send(String user, String method, String url, Object body, String idempotencyKey) {
        int status = 0;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", KeycloakTokens.bearer(user))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status / 100 == 2) {
                return Optional.of(response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body()));
            }
        } catch (IOException | RuntimeException e) {
            // Unanswered (connection refused, timed out) or no token to be had: not acknowledged.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acknowledged.notAcknowledged(status);
        return Optional.empty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
