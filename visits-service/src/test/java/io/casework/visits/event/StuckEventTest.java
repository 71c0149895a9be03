package io.casework.visits.event;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventType;
import io.casework.contracts.PlanType;
import io.casework.contracts.events.ChildRegistered;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.ManagementInterface;
import io.casework.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.casework.visits.CaseNotesTopic.WAIT;
import static io.casework.visits.CaseNotesTopic.awaitRecord;
import static io.casework.visits.CaseNotesTopic.child;
import static io.casework.visits.CaseNotesTopic.deadLetterReason;
import static io.casework.visits.CaseNotesTopic.deadLetters;
import static io.casework.visits.CaseNotesTopic.send;
import static io.casework.visits.CaseNotesTopic.visits;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event that fails for a reason other than its own defect (here the database refusing the privilege, SQL state
 * 42501) is retried, holding the channel, and shown as stuck; it goes to the dead-letter topic only once an operator
 * orders it, with the order's reason. Test settings: stuck after 2 s, retries at most 1 s apart.
 */
@QuarkusTest
class StuckEventTest {

    private static final String CHANNEL = "case-notes-events";
    private static final LocalDate PLAN_START = LocalDate.of(2026, 12, 21);

    private final EventCodec codec = new EventCodec();

    @Inject
    EntityManager entityManager;

    @Test
    @DisplayName("A registration the database refuses is retried and reported stuck, and dead-lettered only by an operator's order")
    void deadLetteredOnlyByOrder() {
        try (TopicProbe visits = new TopicProbe(visits());
                TopicProbe deadLetters = new TopicProbe(deadLetters())) {
            // Every earlier record of the channel applied: the one about to be refused is the only one held.
            registerAndAwaitFirstVisit(visits);

            String value;
            String eventId;
            DatabaseOwner.execute("revoke insert on child from " + DatabaseOwner.runtimeRole());
            try {
                ChildRegistered refused = child("north", PlanType.CP, PLAN_START);
                value = send(visits, refused.childId(), refused);
                eventId = codec.read(value).id();

                JsonPath health = await().atMost(WAIT).until(StuckEventTest::eventsHealth,
                        h -> eventId.equals(h.getString("checks[0].data.'" + CHANNEL + ".stuckEventId'")));
                assertThat(health.getString("status")).isEqualTo("DOWN");
                assertThat(health.getString("checks[0].data.'" + CHANNEL + ".lastFailure'"))
                        .contains("permission denied");
                assertThat(health.getInt("checks[0].data.'" + CHANNEL + ".failedAttempts'")).isPositive();
                assertThat(metric("casework_events_oldest_unprocessed_age_seconds{channel=\"" + CHANNEL + "\""))
                        .isPositive();
                assertThat(metric("casework_events_retries_total{channel=\"" + CHANNEL + "\"")).isPositive();
                assertThat(deadLetters.seen()).as("held, not dead-lettered").noneMatch(r -> value.equals(r.value()));

                DatabaseOwner.execute("insert into dead_letter_order (event_id, reason, ordered_by) values ('" + eventId
                        + "', 'registered in error, see ticket 42', 'team.manager')");
                ConsumerRecord<String, String> dead = awaitRecord(deadLetters, r -> value.equals(r.value()));
                assertThat(deadLetterReason(dead)).contains(
                        "dead-lettered by operator order: registered in error, see ticket 42 (team.manager)");
            } finally {
                DatabaseOwner.execute("grant insert on child to " + DatabaseOwner.runtimeRole());
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select carried_out_at is not null from dead_letter_order where event_id = ?1")
                    .setParameter(1, UUID.fromString(eventId)).getSingleResult())).isEqualTo(true);
            assertThat(metric("casework_events_dead_lettered_total{channel=\"" + CHANNEL
                    + "\",reason=\"DeadLetterOrderedException\"")).isEqualTo(1.0);

            // The channel moves on: the next registration is applied and nothing is stuck any more.
            registerAndAwaitFirstVisit(visits);
            assertThat(eventsHealth().getString("status")).isEqualTo("UP");
            assertThat(metric("casework_events_oldest_unprocessed_age_seconds{channel=\"" + CHANNEL + "\""))
                    .isZero();
        }
    }

    private void registerAndAwaitFirstVisit(TopicProbe visits) {
        ChildRegistered registered = child("north", PlanType.CLA, PLAN_START);
        send(visits, registered.childId(), registered);
        awaitRecord(visits, r -> registered.childId().toString().equals(r.key())
                && EventType.VISIT_SCHEDULED.type().equals(codec.read(r.value()).type()));
    }

    // 503 while DOWN, with the same body.
    private static JsonPath eventsHealth() {
        return ManagementInterface.given().get("/q/health/group/events").then().extract().jsonPath();
    }

    /** The value of the first sample on /q/metrics whose name and labels start as given (an exemplar may follow). */
    private static double metric(String nameAndLabels) {
        String metrics = ManagementInterface.metrics();
        return metrics.lines().filter(line -> line.startsWith(nameAndLabels))
                .map(line -> Double.parseDouble(line.substring(line.indexOf("} ") + 2).split(" ")[0]))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + nameAndLabels + " on /q/metrics"));
    }
}
