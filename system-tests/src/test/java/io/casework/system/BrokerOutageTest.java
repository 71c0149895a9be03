package io.casework.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.VISITS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The outbox's promise, on the real broker: a change committed while Kafka is down is acknowledged to the user, and
 * its event is delivered to the other services once Kafka is back. Runs last: it stops and starts the broker.
 */
@Order(Integer.MAX_VALUE)
class BrokerOutageTest {

    @Test
    @DisplayName("An event committed while Kafka is stopped is delivered once Kafka is back")
    void eventSurvivesBrokerOutage() {
        Scripts.infra("stop", "kafka");

        Map<String, Object> child = Map.of("givenName", "Outage", "familyName", UniqueNames.next(), "dateOfBirth", "2019-01-09",
                "planType", "CIN", "planStartDate", LocalDate.now().toString());
        String childId = CASE_NOTES.as("north.sw1").body(child).post("/children")
                .then().statusCode(201).extract().path("id");
        // Committed and readable while the broker is away; nobody else can have heard of it yet.
        CASE_NOTES.as("north.sw1").get("/children/" + childId).then().statusCode(200);
        VISITS.as("north.sw1").get("/children/" + childId + "/visits").then().statusCode(404);

        Scripts.infra("start", "kafka");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                VISITS.as("north.sw1").get("/children/" + childId + "/visits").then().statusCode(200)
                        .body("items.size()", equalTo(1)));
    }

    @AfterEach
    void brokerBack() {
        Scripts.infra("start", "kafka");
    }
}
