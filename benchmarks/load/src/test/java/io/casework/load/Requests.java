package io.casework.load;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.UUID;

/** What every write of the load carries, as the suite's own screens send it. */
final class Requests {

    /** The session attribute naming the person a virtual user acts as. */
    static final String CALLER = "caller";

    private Requests() {
    }

    /**
     * The caller's real token, and a fresh Idempotency-Key: every creating or deciding POST honours one, and a client
     * that retries safely sends it, so its cost (the key stored with the answer) belongs in the measure.
     */
    static HttpRequestActionBuilder asCaller(HttpRequestActionBuilder request, AccessTokens tokens) {
        return request.header("Authorization", session -> tokens.bearer(session.getString(CALLER)))
                .header("Idempotency-Key", session -> UUID.randomUUID().toString());
    }
}
