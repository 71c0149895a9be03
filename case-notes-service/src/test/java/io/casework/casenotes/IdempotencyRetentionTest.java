package io.casework.casenotes;

import io.casework.backbone.idempotency.IdempotencyCleaner;
import io.casework.testing.DatabaseOwner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static org.assertj.core.api.Assertions.assertThat;

/** Stored Idempotency-Key responses are copies of a child's data: kept 24 hours for retries, then removed. */
@QuarkusTest
class IdempotencyRetentionTest {

    @Inject
    IdempotencyCleaner cleaner;

    @Test
    @DisplayName("issue 9 finding 6: a stored response older than the retention is removed; a fresh one is kept")
    void storedResponsesExpire() throws SQLException {
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        as("north.sw1").header("Idempotency-Key", old).body(child("CIN")).post("/children").then().statusCode(201);
        as("north.sw1").header("Idempotency-Key", fresh).body(child("CIN")).post("/children").then().statusCode(201);
        DatabaseOwner.execute("update idempotency_key set created_at = now() - interval '25 hours' "
                + "where idempotency_key = '" + old + "'");

        assertThat(cleaner.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(stored(old)).isZero();
        assertThat(stored(fresh)).isOne();
    }

    private static long stored(String key) throws SQLException {
        try (Connection db = DatabaseOwner.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*) from idempotency_key where idempotency_key = '" + key + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
