package io.casework.system.faults;

import io.casework.contracts.EventType;
import io.casework.contracts.Topics;
import io.casework.system.check.ServiceStore;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static io.casework.system.Scripts.infra;
import static io.casework.system.Scripts.psql;
import static io.casework.system.Scripts.suite;
import static io.casework.system.faults.FaultRun.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's promise under faults: no acknowledged write and no event is ever lost, nothing is applied twice, and
 * only a defective record is dead-lettered. Each test runs a steady write load through the API (children
 * registered, visit notes written, submitted and approved, so every topic and consumer is busy), injects one fault,
 * lets it pass, and ends with the delivery checker. Runs after every other system test: it stops and kills servers.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final FaultPlan PLAN = FaultPlan.chosen();

    @Test
    @Order(1)
    @DisplayName("1. A consumer's database refuses connections for longer than every timeout: held, then applied")
    void consumerDatabaseRefusesConnections() {
        try (FaultRun run = new FaultRun("consumer database refuses connections", PLAN)) {
            run.run(r -> outage(() -> {
                psql("postgres", "alter database visits allow_connections false");
                psql("postgres", "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'visits'");
            }, PLAN.longOutage(), () -> psql("postgres", "alter database visits allow_connections true")));
        }
    }

    @Test
    @Order(2)
    @DisplayName("2. A consumer's role loses its rights for a while (a rotation gone wrong): held, then applied")
    void consumerRoleLosesItsRights() {
        try (FaultRun run = new FaultRun("consumer role loses its rights", PLAN)) {
            run.run(r -> outage(() -> psql("deadlines", "revoke usage on schema public from deadlines_app"),
                    PLAN.outage(), () -> psql("deadlines", "grant usage on schema public to deadlines_app")));
        }
    }

    @Test
    @Order(3)
    @DisplayName("3. PostgreSQL stopped immediately with writes in flight, then restarted")
    void postgresStoppedImmediately() {
        try (FaultRun run = new FaultRun("PostgreSQL stopped immediately", PLAN)) {
            run.run(r -> outage(() -> infra("kill", "postgres"), PLAN.outage(), () -> infra("start", "postgres")));
        }
    }

    @Test
    @Order(4)
    @DisplayName("4. Kafka killed with SIGKILL, then restarted")
    void kafkaKilled() {
        try (FaultRun run = new FaultRun("Kafka killed", PLAN)) {
            run.run(r -> outage(() -> infra("kill", "kafka"), PLAN.outage(), () -> infra("start", "kafka")));
        }
    }

    @Test
    @Order(5)
    @DisplayName("5. A service killed between its commit and the publication of its outbox rows")
    void serviceKilledBeforePublishing() {
        try (FaultRun run = new FaultRun("service killed between commit and publication", PLAN)) {
            run.run(r -> {
                // With the broker away the relay cannot publish: every write acknowledged now is committed and
                // unpublished when the service dies.
                infra("stop", "kafka");
                try {
                    sleep(PLAN.outage());
                    assertThat(unpublished(ServiceStore.CASE_NOTES))
                            .as("case-notes rows committed but not yet published when the service is killed")
                            .isPositive();
                    suite("kill", "case-notes-service");
                } finally {
                    infra("start", "kafka");
                    suite("start", "case-notes-service");
                }
            });
        }
    }

    @Test
    @Order(6)
    @DisplayName("6. A consumer killed after applying events but before committing their offsets")
    void consumerKilledBeforeCommittingOffsets() {
        try (FaultRun run = new FaultRun("consumer killed before committing offsets", PLAN)) {
            run.run(r -> {
                // Offsets are committed every few seconds: under load, events applied since the last commit are
                // delivered again after the restart, and the inbox must ignore them.
                suite("kill", "visits-service");
                suite("start", "visits-service");
            });
            assertThat(run.duplicatesSuppressed()).as("redeliveries ignored after the restart").isPositive();
        }
    }

    @Test
    @Order(7)
    @DisplayName("7. A duplicate delivery of an already-applied event changes nothing")
    void duplicateDelivery() {
        try (FaultRun run = new FaultRun("duplicate delivery", PLAN)) {
            run.run(r -> {
                String childId = r.load().registerChild().orElseThrow();
                awaitApplied(childId);
                String[] record = childRegisteredRecord(childId);
                TopicProbe.send(Topics.CASE_NOTES, record[0], record[1]);
            });
            // visits, deadlines and approvals all consume case-notes' topic: each ignored the copy at least once.
            assertThat(run.duplicatesSuppressed()).as("copies ignored").isGreaterThanOrEqualTo(3 * PLAN.repeats());
        }
    }

    @Test
    @Order(8)
    @DisplayName("8. A malformed record is dead-lettered with its reason, and the next good record is applied")
    void malformedRecord() {
        try (FaultRun run = new FaultRun("malformed record", PLAN)) {
            run.run(r -> {
                String childId = r.load().registerChild().orElseThrow();
                String spoilt = "{\"not\": \"an event\", \"run\": \"" + r.scope().tag() + "\", \"at\": "
                        + System.nanoTime() + "}";
                TopicProbe.send(Topics.CASE_NOTES, childId, spoilt);
                for (ServiceStore store : ServiceStore.values()) {
                    if (store.subscribes().contains(Topics.CASE_NOTES)) {
                        r.expectDeadLetter(store.deadLetterTopic(), spoilt);
                    }
                }
                // The same child's next record, on the same partition, right behind the spoilt one.
                assertThat(r.load().writeAndSubmitNote(childId)).isPresent();
            });
        }
    }

    @Test
    @Order(9)
    @DisplayName("9. Keycloak stopped: unexpired tokens are still served, and signing in works when it returns")
    void keycloakStopped() {
        try (FaultRun run = new FaultRun("Keycloak stopped", PLAN)) {
            run.run(r -> {
                KeycloakTokens.renew("north.sw1");
                KeycloakTokens.renew("north.pm");
                infra("kill", "keycloak");
                try {
                    int before = r.load().acknowledged().total();
                    sleep(PLAN.outage());
                    assertThat(r.load().acknowledged().total()).as("writes acknowledged with Keycloak away")
                            .isGreaterThan(before);
                    assertThat(signInAnswers()).as("signing in while Keycloak is away").isFalse();
                } finally {
                    infra("start", "keycloak");
                }
                assertThat(signInAnswers()).as("signing in once Keycloak is back").isTrue();
            });
        }
    }

    @AfterEach
    void everythingBack() {
        infra("start");
        psql("postgres", "alter database visits allow_connections true");
        psql("deadlines", "grant usage on schema public to deadlines_app");
        suite("start");
    }

    /** Takes something away, waits, and always brings it back, even when the wait is interrupted. */
    private static void outage(Runnable takeAway, Duration hold, Runnable bringBack) {
        takeAway.run();
        try {
            sleep(hold);
        } finally {
            bringBack.run();
        }
    }

    private static boolean signInAnswers() {
        try {
            KeycloakTokens.renew("north.sp");
            return true;
        } catch (Exception | AssertionError e) {
            // Connection refused (thrown undeclared by REST Assured) or an error answer.
            return false;
        }
    }

    private static long unpublished(ServiceStore store) {
        try (Connection db = store.connect();
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from outbox_event where published_at is null");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitApplied(String childId) {
        for (int i = 0; i < 100; i++) {
            try (Connection db = ServiceStore.VISITS.connect();
                 PreparedStatement query = db.prepareStatement("select count(*) from child where child_id = ?::uuid")) {
                query.setString(1, childId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 1) {
                        return;
                    }
                }
            } catch (SQLException e) {
                // not yet
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("child " + childId + " never reached visits-service");
    }

    /** The key and value of the child's registration exactly as case-notes-service published it. */
    private static String[] childRegisteredRecord(String childId) {
        try (Connection db = ServiceStore.CASE_NOTES.connect();
             PreparedStatement query = db.prepareStatement(
                     "select record_key, payload from outbox_event where record_key = ? and event_type = ?")) {
            query.setString(1, childId);
            query.setString(2, EventType.CHILD_REGISTERED.type());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("registration of " + childId + " in the outbox").isTrue();
                return new String[] {rows.getString(1), rows.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
