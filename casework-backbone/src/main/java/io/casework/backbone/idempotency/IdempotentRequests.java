package io.casework.backbone.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.logging.Causes;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Honours the {@code Idempotency-Key} header on creating requests: a retry of the same request gets the first
 * response again and creates nothing; the same key with a different request is refused (422).
 *
 * <p>The key row is inserted and flushed before the action runs, in the action's own transaction: a concurrent
 * duplicate waits on the row's primary key and is then told the request is already being handled (409), so the
 * action can never run twice.
 *
 * <p>A replay shows what the first response showed, so it is an access like any other read of it: the caller's
 * {@code onReplay} check runs first (the access policy, which logs it) and may refuse. Keys belong to the caller who
 * used them, and stored responses are removed after {@code casework.idempotency.retention} (24 hours by default).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * @param key       the header's value, or null when the client sent none (the action then simply runs)
     * @param operation what is being done, e.g. "POST /children": part of the request's fingerprint
     * @param request   the request body
     * @param onReplay  checks (and logs) the caller's access to what the stored response shows, given its body;
     *                  throws to refuse the replay
     * @param action    creates the resource and returns the response to give
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Consumer<JsonNode> onReplay,
            Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw Problems.badRequest("idempotency-key-invalid",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.username(), key);
        String hash = fingerprint(operation, request);
        IdempotencyRecord previous = entityManager.find(IdempotencyRecord.class, id);
        if (previous != null) {
            return replay(previous, hash, onReplay);
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = hash;
        record.createdAt = clock.instant();
        try {
            entityManager.persist(record);
            entityManager.flush();
        } catch (PersistenceException e) {
            // Only the key's primary key taken by the concurrent request means that; the database refusing the
            // insert (away, no privilege) is answered as an outage by the problem mappers.
            if (!integrityViolation(e)) {
                throw e;
            }
            throw Problems.conflict("idempotency-key-in-use",
                    "A request with this Idempotency-Key was handled at the same time; retry it to get its response");
        }
        Response response = action.get();
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.body = write(response.getEntity());
        return response;
    }

    private static boolean integrityViolation(PersistenceException e) {
        return Causes.find(e, SQLException.class).map(SQLException::getSQLState)
                .filter(state -> state.startsWith("23")).isPresent();
    }

    private Response replay(IdempotencyRecord previous, String hash, Consumer<JsonNode> onReplay) {
        if (!previous.requestHash.equals(hash)) {
            throw Problems.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request");
        }
        try {
            onReplay.accept(previous.body == null ? mapper.nullNode() : mapper.readTree(previous.body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored response is not JSON", e);
        }
        Response.ResponseBuilder builder = Response.status(previous.status).header(REPLAYED_HEADER, "true");
        if (previous.location != null) {
            builder.location(URI.create(previous.location));
        }
        if (previous.body != null) {
            builder.entity(previous.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store response for replay", e);
        }
    }
}
